package uz.daftar.projections.rebuild;

import java.time.Duration;

/**
 * How far a shadow is: the position it has handled every event up to, the store's head it set out for (the head when
 * the rebuild started), the share done, the rate over the last samples and the time left at that rate. Positions are
 * the store's global indices; gaps left by appends that rolled back make "events" an upper bound.
 *
 * @param position    the shadow's watermark, -1 before its first event
 * @param targetHead  the store's head when the rebuild started
 * @param percent     0 to 100
 * @param eventsPerSecond over the recent samples, 0 when unknown
 * @param timeLeft    at that rate; null when unknown, zero when caught up
 */
public record Progress(long position, long targetHead, double percent, double eventsPerSecond, Duration timeLeft) {

    static Progress of(long position, long targetHead, double eventsPerSecond) {
        long left = Math.max(0, targetHead - position);
        double percent = targetHead < 0 ? 100 : Math.min(100, 100.0 * (position + 1) / (targetHead + 1));
        Duration timeLeft = left == 0 ? Duration.ZERO
                : eventsPerSecond > 0 ? Duration.ofMillis((long) Math.ceil(left * 1000 / eventsPerSecond)) : null;
        return new Progress(position, targetHead, Math.round(percent * 10) / 10.0, Math.round(eventsPerSecond),
                timeLeft);
    }
}
