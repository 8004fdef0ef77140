package uz.daftar.projections.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Event processors made while the app runs, for a rebuild's shadow (Axon registers processing groups at start-up
 * only): one segment, one worker thread and small batches, so that a rebuild takes one connection and one core's
 * share at most, and handlers that fail fail the batch, which is retried, as for the live processors. Tokens are in
 * the app's token store under the processor's own name.
 */
final class RuntimeProcessors {

    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final int batchSize;

    RuntimeProcessors(EventStore eventStore, TokenStore tokenStore, TransactionManager transactions,
                      JdbcTemplate jdbc, int batchSize) {
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    /** Starts a processor named {@code name} running {@code projection} against the tables of {@code schema}. */
    RuntimeProcessor start(String name, Object projection, String schema) {
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(
                runnable -> daemon(runnable, name + "-coordinator"));
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
                runnable -> daemon(runnable, name + "-worker"));
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(projection)
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                        .build())
                .errorHandler(PropagatingErrorHandler.instance())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager("public".equals(schema) ? transactions
                        : new SchemaTransactionManager(transactions, jdbc, schema))
                .coordinatorExecutor(coordinator)
                .workerExecutor(worker)
                .initialSegmentCount(1)
                .maxClaimedSegments(1)
                .batchSize(batchSize)
                .initialToken(source -> source.createTailToken())
                .build();
        processor.start();
        return new RuntimeProcessor(processor, coordinator, worker);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** A running processor with the threads it owns. */
    record RuntimeProcessor(PooledStreamingEventProcessor processor, ScheduledExecutorService coordinator,
                            ScheduledExecutorService worker) {

        /** Stops handling, releases its segment and ends its threads. */
        void stop() {
            processor.shutDown();
            coordinator.shutdown();
            worker.shutdown();
            try {
                coordinator.awaitTermination(10, TimeUnit.SECONDS);
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        boolean failing() {
            return processor.isError();
        }
    }
}
