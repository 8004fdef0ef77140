package uz.daftar.projections.leaderboard;

import java.time.Instant;

/** A student's place on a board: {@code rank} 1 is first; ties are broken by who reached the value first, then id. */
public record Place(long rank, String studentId, long value, Instant reachedAt) {
}
