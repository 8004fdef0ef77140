package uz.daftar.projections.rebuild;

import java.util.ArrayDeque;
import java.util.Deque;

/** The rate a shadow advances at, over the samples of the last few seconds. Not thread-safe: one per rebuild. */
final class ProgressMeter {

    private record Sample(long nanos, long position) {
    }

    private final long windowNanos;
    private final Deque<Sample> samples = new ArrayDeque<>();

    ProgressMeter(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** Notes the position seen at a time and answers the rate over the window in events per second. */
    synchronized double sample(long nanos, long position) {
        samples.addLast(new Sample(nanos, position));
        while (samples.size() > 2 && nanos - samples.peekFirst().nanos() > windowNanos) {
            samples.removeFirst();
        }
        return rate();
    }

    synchronized double rate() {
        if (samples.size() < 2) {
            return 0;
        }
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long nanos = last.nanos() - first.nanos();
        return nanos <= 0 ? 0 : Math.max(0, last.position() - first.position()) * 1e9 / nanos;
    }
}
