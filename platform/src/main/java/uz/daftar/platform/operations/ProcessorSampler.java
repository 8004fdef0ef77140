package uz.daftar.platform.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.platform.store.SegmentPosition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

/**
 * Samples where every streaming processor of this app stands, and every other processor the token store holds
 * tokens of (a rebuild's shadow, started at runtime), with one read of the token store, once per
 * {@code interval}, and keeps the last
 * {@value #SAMPLES} samples of each: the throughput of a processor is how many store positions its watermark passed
 * per second over the recent samples. It also notices when a processor falls behind (a replay, or a backlog it has
 * not caught up with) and remembers where it stood then, so that progress can be told from there to the head.
 */
public class ProcessorSampler implements SmartLifecycle {

    static final int SAMPLES = 30;
    /** Throughput and estimates look at the last this-many samples. */
    static final int WINDOW = 10;

    private static final Logger log = LoggerFactory.getLogger(ProcessorSampler.class);

    private final EventProcessingConfiguration processing;
    private final ProcessorPositions positions;
    private final Clock clock;
    private final Duration interval;
    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();
    private final Map<String, Episode> behind = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;

    public ProcessorSampler(EventProcessingConfiguration processing, ProcessorPositions positions, Clock clock,
                            Duration interval) {
        this.processing = processing;
        this.positions = positions;
        this.clock = clock;
        this.interval = interval;
    }

    /** One observation of a processor: its watermark and the store's head at that moment. */
    public record Sample(Instant at, long position, long head) {
    }

    /** A processor fell behind at {@code startedAt}, standing at {@code startPosition} with the head at {@code headThen}. */
    public record Episode(Instant startedAt, long startPosition, long headThen) {
    }

    /** Takes one sample of every streaming processor. Called by the scheduler; public for tests that drive it. */
    public void sample() {
        long head = positions.head();
        Instant now = clock.instant();
        Map<String, List<SegmentPosition>> segments = positions.allSegments();
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                return;
            }
            List<SegmentPosition> stored = segments.getOrDefault(name, List.of());
            note(name, now, head, stored, position -> position < head && fallenBehind(streaming, stored));
        });
        // processors started at runtime (a rebuild's shadow) are known by their tokens only
        segments.forEach((name, stored) -> {
            if (processing.eventProcessors().containsKey(name)) {
                return;
            }
            note(name, now, head, stored, position -> position < head);
        });
        samples.keySet().removeIf(name -> !segments.containsKey(name)
                && !processing.eventProcessors().containsKey(name));
    }

    private void note(String name, Instant now, long head, List<SegmentPosition> stored, LongPredicate behindAt) {
        long position = stored.stream().mapToLong(SegmentPosition::position).min().orElse(-1);
        Deque<Sample> kept = samples.computeIfAbsent(name, n -> new ArrayDeque<>());
        synchronized (kept) {
            kept.addLast(new Sample(now, position, head));
            while (kept.size() > SAMPLES) {
                kept.removeFirst();
            }
        }
        if (behindAt.test(position)) {
            behind.putIfAbsent(name, new Episode(now, position, head));
        } else {
            behind.remove(name);
        }
    }

    /** Store positions per second the processor's watermark passed over the recent samples; empty before two. */
    public OptionalDouble eventsPerSecond(String processor) {
        List<Sample> recent = recent(processor);
        if (recent.size() < 2) {
            return OptionalDouble.empty();
        }
        Sample first = recent.get(0);
        Sample last = recent.get(recent.size() - 1);
        double seconds = Duration.between(first.at(), last.at()).toNanos() / 1e9;
        return seconds <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(0, last.position() - first.position()) / seconds);
    }

    /** Since when and from where the processor has been behind, while it is. */
    public Optional<Episode> behind(String processor) {
        return Optional.ofNullable(behind.get(processor));
    }

    private List<Sample> recent(String processor) {
        Deque<Sample> kept = samples.get(processor);
        if (kept == null) {
            return List.of();
        }
        synchronized (kept) {
            List<Sample> all = List.copyOf(kept);
            return all.subList(Math.max(0, all.size() - WINDOW), all.size());
        }
    }

    /** Replaying after a reset, or a segment not caught up with the head yet (Axon's own view of this node). */
    private static boolean fallenBehind(StreamingEventProcessor processor, List<SegmentPosition> stored) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return status.values().stream().anyMatch(s -> s.isReplaying() || !s.isCaughtUp())
                || stored.stream().anyMatch(SegmentPosition::replaying);
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processor-sampler");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                sample();
            } catch (RuntimeException e) {
                log.debug("Sampling the processors failed; trying again in {}", interval, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
