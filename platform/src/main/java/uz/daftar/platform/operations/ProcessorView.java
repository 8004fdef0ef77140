package uz.daftar.platform.operations;

import java.time.Instant;
import java.util.List;

/**
 * One event processor of one app, as an operator sees it.
 *
 * @param app             the app running it ({@code command-side}, {@code query-side})
 * @param type            {@code pooled}, {@code tracking} or {@code subscribing}
 * @param running         started and not shut down
 * @param error           a segment of it is in error (it retries by itself); {@code errorMessage} says why
 * @param position        its watermark: every event at or below it handled by every segment; -1 for none
 * @param highestPosition the furthest any of its segments got
 * @param head            the position of the newest event in the store
 * @param lagEvents       {@code head - position}
 * @param lagSeconds      age of the oldest event it has not handled ({@code now - its time}); 0 when caught up;
 *                        null when the store's event times cannot be read here (Axon Server)
 * @param eventsPerSecond store positions its watermark passed per second over the last ~10 s; null before two samples
 * @param deadLetters     parked sequences and letters, for a processor with a dead-letter queue; null otherwise
 * @param replay          progress while it replays or catches up with a backlog; null when caught up
 */
public record ProcessorView(String app,
                            String name,
                            String type,
                            boolean running,
                            boolean error,
                            String errorMessage,
                            long position,
                            long highestPosition,
                            long head,
                            long lagEvents,
                            Double lagSeconds,
                            Double eventsPerSecond,
                            List<SegmentView> segments,
                            DeadLetterCounts deadLetters,
                            ReplayView replay,
                            Instant observedAt) {

    /**
     * One segment.
     *
     * @param mask      the segment's mask: it handles the sequences whose hash {@code & mask == segment}
     * @param owner     the node holding its claim in the token store, null when unclaimed
     * @param caughtUp  null when this node does not run the segment (Axon knows only its own)
     * @param replaying its token is a replay's
     */
    public record SegmentView(int segment, int mask, String owner, long position, Boolean caughtUp,
                              boolean replaying, String error) {
    }

    /** The processor's dead-letter queue: parked sequences and the letters in them. */
    public record DeadLetterCounts(long sequences, long letters) {
    }

    /**
     * How far a replay or a catch-up has come: from {@code startPosition} (where the processor stood when it was
     * first seen behind) to {@code targetPosition} (the store's head now).
     *
     * @param replaying       a reset replays the store (else it catches up with a backlog)
     * @param percent         {@code (position - start) / (target - start)}, 0..100
     * @param eventsPerSecond as the processor's; null before two samples
     * @param secondsLeft     {@code (target - position) / eventsPerSecond}; null while the rate is unknown or 0
     */
    public record ReplayView(boolean replaying, Instant startedAt, long startPosition, long targetPosition,
                             double percent, Double eventsPerSecond, Double secondsLeft) {

        /** Progress from {@code start} to {@code head} of a processor now at {@code position}. */
        public static ReplayView between(boolean replaying, Instant startedAt, long start, long position, long head,
                                  Double eventsPerSecond) {
            long from = Math.min(start, position);
            double percent = head <= from ? 100 : Math.min(100, Math.max(0, 100.0 * (position - from) / (head - from)));
            Double secondsLeft = eventsPerSecond == null || eventsPerSecond <= 0 ? null
                    : Math.max(0, head - position) / eventsPerSecond;
            return new ReplayView(replaying, startedAt, from, head, Math.floor(percent * 10) / 10, eventsPerSecond,
                    secondsLeft);
        }
    }
}
