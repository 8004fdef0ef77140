package uz.daftar.platform.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;

/**
 * Publishes each event processor's position and its lag behind the head of the event store, in events, as
 * {@code daftar.processor.position} and {@code daftar.processor.lag.events}, and for a processor with a dead-letter
 * queue the events parked in it, {@code daftar.processor.dead.letters}.
 */
public class ProcessorMetrics implements MeterBinder {

    private final EventProcessingConfiguration processing;
    private final ProcessorPositions positions;

    public ProcessorMetrics(EventProcessingConfiguration processing, ProcessorPositions positions) {
        this.processing = processing;
        this.positions = positions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : processing.eventProcessors().keySet()) {
            Gauge.builder("daftar.processor.position", () -> positions.watermark(processor).orElse(-1))
                    .tag("processor", processor)
                    .description("Highest event position every segment of the processor has handled")
                    .register(registry);
            Gauge.builder("daftar.processor.lag.events",
                            () -> Math.max(0, positions.head() - positions.watermark(processor).orElse(-1)))
                    .tag("processor", processor)
                    .description("Events in the store the processor has not handled yet")
                    .register(registry);
            processing.deadLetterQueue(processor).ifPresent(queue -> Gauge.builder("daftar.processor.dead.letters",
                            queue::size)
                    .tag("processor", processor)
                    .description("Events parked in the processor's dead-letter queue, waiting for a retry or eviction")
                    .register(registry));
        }
    }
}
