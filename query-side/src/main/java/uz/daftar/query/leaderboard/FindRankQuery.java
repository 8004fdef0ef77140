package uz.daftar.query.leaderboard;

/** A student's place on a board with {@code neighbours} places on each side. */
public record FindRankQuery(String board, String studentId, int neighbours) {
}
