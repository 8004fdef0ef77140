package uz.daftar.query.leaderboard;

/** The first {@code limit} places of a board (its key, see {@code Board}). */
public record FindBoardQuery(String board, int limit) {
}
