package uz.daftar.query.leaderboard;

import java.time.Instant;

/**
 * One place as a caller sees it. {@code player} is how the child appears: their name to the members of their own
 * class on the class's board, a pseudonym everywhere else. {@code studentId} is set only for the caller's own place
 * (or their child's, marked {@code mine}) and for the teacher of the class on the class's board.
 */
public record LeaderboardEntryView(long rank, String player, String studentId, boolean mine, long value,
                                   Instant reachedAt) {
}
