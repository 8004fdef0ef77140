package uz.daftar.query.olympiad;

import java.util.List;

/**
 * A participant's place ({@code entry}, null until graded) with the places just {@code above} and {@code below},
 * in rank order, and the participation's {@code status}. Shown to callers through {@link StandingsDisplay}.
 */
public record StudentStandingView(String olympiadId,
                                  String studentId,
                                  String status,
                                  boolean frozen,
                                  int ranked,
                                  StandingView entry,
                                  List<StandingView> above,
                                  List<StandingView> below) {
}
