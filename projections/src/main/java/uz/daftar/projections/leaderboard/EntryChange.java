package uz.daftar.projections.leaderboard;

/**
 * One student's entry on one board going from {@code before} to {@code after}; either is null when the student is
 * not on the board.
 */
public record EntryChange(String studentId, String board, Entry before, Entry after) {
}
