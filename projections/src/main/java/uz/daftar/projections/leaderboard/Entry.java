package uz.daftar.projections.leaderboard;

import java.time.Instant;

/**
 * A student's standing on one board: {@code value} (XP earned or best score in the period), when they reached it,
 * and whether they are {@code listed} (shown to and counted for others).
 */
public record Entry(long value, Instant reachedAt, boolean listed) {

    Entry listed(boolean isListed) {
        return new Entry(value, reachedAt, isListed);
    }
}
