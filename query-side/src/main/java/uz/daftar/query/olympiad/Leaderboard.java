package uz.daftar.query.olympiad;

import java.util.List;

/** The first places of an olympiad's standings as a caller sees them; {@code ranked} places in all. */
public record Leaderboard(String olympiadId, boolean frozen, int ranked, List<LeaderboardEntry> entries) {
}
