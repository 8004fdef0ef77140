package uz.daftar.query.leaderboard;

import java.time.Instant;
import java.util.List;

/**
 * The neighbours-only view of one student on one board: their own place and the few places around it, never the
 * top of the board. {@code listed} false: the family chose to keep the student off leaderboards, so there is no
 * rank and no neighbours, but {@code value} still says what they earned. {@code value} and {@code rank} are null
 * when the student has nothing on this board.
 */
public record StudentRankView(String board, String studentId, boolean listed, Long value, Instant reachedAt,
                              Long rank, long ranked, List<LeaderboardEntryView> above,
                              List<LeaderboardEntryView> below) {
}
