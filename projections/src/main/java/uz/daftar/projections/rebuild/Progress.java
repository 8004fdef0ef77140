package uz.daftar.projections.rebuild;

import uz.daftar.platform.operations.ProcessorView;

import java.time.Duration;

/**
 * How far a shadow is: the position it has handled every event up to, the store's head it set out for (the head when
 * the rebuild started), the share done, the rate over the last samples and the time left at that rate. Positions are
 * the store's global indices; gaps left by appends that rolled back make "events" an upper bound.
 *
 * @param position    the shadow's watermark, -1 before its first event
 * @param targetHead  the store's head when the rebuild started
 * @param percent     0 to 100
 * @param eventsPerSecond the shadow processor's, as the processor sampler measures every processor's; 0 when unknown
 * @param timeLeft    at that rate; null when unknown, zero when caught up
 */
public record Progress(long position, long targetHead, double percent, double eventsPerSecond, Duration timeLeft) {

    static Progress of(long position, long targetHead, double eventsPerSecond) {
        ProcessorView.ReplayView done = ProcessorView.ReplayView.between(true, null, -1, position, targetHead,
                eventsPerSecond);
        Duration timeLeft = position >= targetHead ? Duration.ZERO : done.secondsLeft() == null ? null
                : Duration.ofMillis((long) Math.ceil(done.secondsLeft() * 1000));
        return new Progress(position, targetHead, done.percent(), Math.round(eventsPerSecond), timeLeft);
    }
}
