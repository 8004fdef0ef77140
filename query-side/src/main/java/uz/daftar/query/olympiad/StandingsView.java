package uz.daftar.query.olympiad;

import java.util.List;

/**
 * The first places of an olympiad's standings: {@code frozen} final ones or live from graded submissions;
 * {@code ranked} is how many places there are in all. Shown to callers through {@link StandingsDisplay}.
 */
public record StandingsView(String olympiadId, boolean frozen, int ranked, List<StandingView> entries) {
}
