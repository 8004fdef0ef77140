package uz.daftar.projections.olympiad;

import java.util.List;

/**
 * Some consecutive places of an olympiad's standings. {@code frozen} when they are the final frozen standings,
 * otherwise live from graded submissions; {@code ranked} is how many places the whole standings have.
 */
public record Standings(boolean frozen, int ranked, List<StandingRow> entries) {
}
