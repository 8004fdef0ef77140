package uz.daftar.platform.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.platform.store.SegmentPosition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The status of the event processors this app runs: positions and segment owners from the shared token store
 * ({@link ProcessorPositions}), running and error state from Axon, throughput and replay progress from the
 * {@link ProcessorSampler}, dead letters from each processor's queue.
 */
public class ProcessorStatuses {

    private final String app;
    private final EventProcessingConfiguration processing;
    private final ProcessorPositions positions;
    private final ProcessorSampler sampler;
    private final Clock clock;

    public ProcessorStatuses(String app, EventProcessingConfiguration processing, ProcessorPositions positions,
                             ProcessorSampler sampler, Clock clock) {
        this.app = app;
        this.processing = processing;
        this.positions = positions;
        this.sampler = sampler;
        this.clock = clock;
    }

    /** Every processor of this app, by name. */
    public List<ProcessorView> all() {
        long head = positions.head();
        return new TreeMap<>(processing.eventProcessors()).values().stream()
                .map(processor -> view(processor, head))
                .toList();
    }

    public ProcessorView one(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (processor == null) {
            throw new NoSuchProcessor(name);
        }
        return view(processor, positions.head());
    }

    private ProcessorView view(EventProcessor processor, long head) {
        String name = processor.getName();
        Instant now = clock.instant();
        ProcessorView.DeadLetterCounts deadLetters = processing.deadLetterQueue(name)
                .map(queue -> new ProcessorView.DeadLetterCounts(queue.amountOfSequences(), queue.size()))
                .orElse(null);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorView(app, name, "subscribing", processor.isRunning(), processor.isError(), null,
                    head, head, head, 0, 0.0, null, List.of(), deadLetters, null, now);
        }
        Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
        List<SegmentPosition> stored = positions.segments(name);
        long position = stored.stream().mapToLong(SegmentPosition::position).min().orElse(-1);
        long highest = stored.stream().mapToLong(SegmentPosition::position).max().orElse(-1);
        long lag = Math.max(0, head - position);
        Double lagSeconds = lag == 0 ? Double.valueOf(0) : positions.firstEventTimeAfter(position)
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0)).orElse(null);
        OptionalDouble rate = sampler.eventsPerSecond(name);
        String errorMessage = status.values().stream().filter(EventTrackerStatus::isErrorState)
                .map(EventTrackerStatus::getError).filter(Objects::nonNull)
                .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                .findFirst().orElse(null);
        return new ProcessorView(app, name, typeOf(processor), processor.isRunning(),
                processor.isError() || errorMessage != null, errorMessage, position, highest, head, lag, lagSeconds,
                rate.isPresent() ? rate.getAsDouble() : null, segments(stored, status), deadLetters,
                replay(name, streaming, position, head, rate), now);
    }

    private static List<ProcessorView.SegmentView> segments(List<SegmentPosition> stored,
                                                            Map<Integer, EventTrackerStatus> status) {
        int[] ids = stored.stream().mapToInt(SegmentPosition::segment).toArray();
        return stored.stream().map(segment -> {
            EventTrackerStatus local = status.get(segment.segment());
            Segment computed = Segment.computeSegment(segment.segment(), ids);
            return new ProcessorView.SegmentView(segment.segment(), computed.getMask(), segment.owner(),
                    segment.position(), local == null ? null : local.isCaughtUp(),
                    segment.replaying() || (local != null && local.isReplaying()),
                    local != null && local.isErrorState() && local.getError() != null
                            ? local.getError().getMessage() : null);
        }).toList();
    }

    private ProcessorView.ReplayView replay(String name, StreamingEventProcessor processor, long position, long head,
                                            OptionalDouble rate) {
        return sampler.behind(name).filter(episode -> position < head)
                .map(episode -> ProcessorView.ReplayView.between(processor.isReplaying(), episode.startedAt(),
                        episode.startPosition(), position, head, rate.isPresent() ? rate.getAsDouble() : null))
                .orElse(null);
    }

    private static String typeOf(EventProcessor processor) {
        if (processor instanceof PooledStreamingEventProcessor) {
            return "pooled";
        }
        if (processor instanceof TrackingEventProcessor) {
            return "tracking";
        }
        return "streaming";
    }
}
