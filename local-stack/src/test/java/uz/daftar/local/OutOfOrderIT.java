package uz.daftar.local;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.projections.ReadModels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Late and out-of-order delivery: the same history, with every stream still in its own order but the streams
 * interleaved differently (as several segments or a late-syncing device would deliver them), ends in the same
 * PostgreSQL read models: dashboards (XP, level, streaks, coins), ledger, badges, mastery.
 */
class OutOfOrderIT {

    @Test
    void readModelsDoNotDependOnHowStudentsStreamsInterleave() throws Exception {
        // given a history built the usual way
        TestStack stack = TestStack.get();
        DemoHistory.sendAndSettle(stack, 12, "order-");
        ApplicationContext query = stack.apps.querySide();
        ReplayCheck replay = new ReplayCheck(query);
        replay.awaitCaughtUp(Duration.ofMinutes(2));
        JdbcTemplate jdbc = query.getBean(JdbcTemplate.class);
        Map<String, String> inOrder = tablesOnly(ReadModelDigests.of(jdbc, stack.elasticsearch.url()));

        // when the read models are rebuilt from the streams interleaved at random
        List<EventMessage<?>> shuffled = interleaveAtRandom(allEvents(query.getBean(EventStore.class)), new Random(7));
        List<AbstractEventProcessor> processors = postgresProcessors(query);
        processors.forEach(processor -> {
            ((StreamingEventProcessor) processor).shutDown();
            ((StreamingEventProcessor) processor).resetTokens();
        });
        try {
            for (EventMessage<?> event : shuffled) {
                for (AbstractEventProcessor processor : processors) {
                    DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> {
                        processor.eventHandlerInvoker().handle(event, Segment.ROOT_SEGMENT);
                        return null;
                    });
                }
            }
            Map<String, String> interleaved = tablesOnly(ReadModelDigests.of(jdbc, stack.elasticsearch.url()));

            // then
            assertThat(interleaved).isEqualTo(inOrder);
        } finally {
            // the processors rebuild their usual state for the tests that follow, whatever happened here
            processors.forEach(processor -> {
                ((StreamingEventProcessor) processor).resetTokens();
                processor.start();
            });
            replay.awaitCaughtUp(Duration.ofMinutes(2));
        }
    }

    private static List<AbstractEventProcessor> postgresProcessors(ApplicationContext query) {
        EventProcessingConfiguration processing = query.getBean(EventProcessingConfiguration.class);
        List<AbstractEventProcessor> processors = new ArrayList<>();
        for (ReadModels model : ReadModels.values()) {
            if (!model.tables().isEmpty()) {
                processors.add(processing.eventProcessor(model.processingGroup(), AbstractEventProcessor.class)
                        .orElseThrow());
            }
        }
        return processors;
    }

    private static List<TrackedEventMessage<?>> allEvents(EventStore store) throws InterruptedException {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                events.add(stream.nextAvailable());
            }
        }
        return events;
    }

    /** Keeps each aggregate stream in order and picks the next stream at random. */
    private static List<EventMessage<?>> interleaveAtRandom(List<TrackedEventMessage<?>> events, Random random) {
        Map<String, List<EventMessage<?>>> streams = new LinkedHashMap<>();
        for (TrackedEventMessage<?> event : events) {
            String stream = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                    : event.getIdentifier();
            streams.computeIfAbsent(stream, key -> new ArrayList<>()).add(event);
        }
        List<List<EventMessage<?>>> pending = new ArrayList<>(streams.values());
        List<EventMessage<?>> interleaved = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<EventMessage<?>> next = pending.get(random.nextInt(pending.size()));
            interleaved.add(next.remove(0));
            if (next.isEmpty()) {
                pending.remove(next);
            }
        }
        assertThat(interleaved).hasSameSizeAs(events).isNotEqualTo(events);
        return interleaved;
    }

    /**
     * The PostgreSQL tables, but for the leaderboards' entry history: it is a record of how each board changed in the
     * store's order (a version never starts before its entry's newest one, docs/decisions/0014), so it is the one
     * table that a different interleaving is meant to change; the boards themselves are compared.
     */
    private static Map<String, String> tablesOnly(Map<String, String> digests) {
        Map<String, String> tables = new LinkedHashMap<>(digests);
        tables.keySet().removeIf(key -> !key.startsWith("table ") || key.equals("table lb_entry_history"));
        return tables;
    }
}
