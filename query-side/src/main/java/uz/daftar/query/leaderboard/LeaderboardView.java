package uz.daftar.query.leaderboard;

import java.util.List;

/** The first places of one board ({@code metric/scope/period}); {@code ranked} students are listed on it in all. */
public record LeaderboardView(String board, String metric, String scope, String period, long ranked,
                              List<LeaderboardEntryView> entries) {
}
