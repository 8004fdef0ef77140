package uz.daftar.query.olympiad;

import java.util.List;

/**
 * A participant's place ({@code entry}, null until graded; shown with the student's id) and the places around it
 * as a caller sees them, with the participation's {@code status}.
 */
public record StudentLeaderboard(String olympiadId,
                                 String studentId,
                                 String status,
                                 boolean frozen,
                                 int ranked,
                                 LeaderboardEntry entry,
                                 List<LeaderboardEntry> above,
                                 List<LeaderboardEntry> below) {
}
