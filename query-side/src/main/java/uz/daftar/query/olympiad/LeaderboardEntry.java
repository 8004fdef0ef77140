package uz.daftar.query.olympiad;

import java.time.Instant;

/**
 * One place as a caller sees it: {@code player} is the student's pseudonym; {@code studentId} is set only when the
 * caller may see it (their own place, their child's, a teacher's own class, the student asked about), else null;
 * {@code mine} marks the caller's own place or their child's. {@code prizeCoins} is null while standings are live.
 */
public record LeaderboardEntry(int rank,
                               String player,
                               String studentId,
                               boolean mine,
                               int score,
                               Instant submittedAt,
                               Long prizeCoins) {
}
