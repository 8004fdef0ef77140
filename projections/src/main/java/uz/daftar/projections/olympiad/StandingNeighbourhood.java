package uz.daftar.projections.olympiad;

import java.util.List;

/**
 * One student's place in an olympiad's standings with up to k places on each side: {@code above} (better, in rank
 * order) and {@code below} (worse, in rank order). {@code ranked} is how many places the whole standings have.
 */
public record StandingNeighbourhood(boolean frozen, int ranked, StandingRow entry, List<StandingRow> above,
                                   List<StandingRow> below) {
}
