package uz.daftar.projections.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.daftar.platform.operations.OperatorLog;
import uz.daftar.platform.operations.ProcessorSampler;
import uz.daftar.platform.store.ProcessorPositions;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The wiring of blue/green rebuilds: {@code daftar.rebuild.max-concurrent} caps the rebuilds running at once,
 * {@code daftar.rebuild.batch-size} the batch of a shadow processor (docs/decisions/0012).
 */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

    @Bean
    ProjectionVersions projectionVersions(ApplicationContext context) {
        return new ProjectionVersions(context);
    }

    @Bean
    Rebuilds rebuilds(JdbcTemplate jdbc, ProjectionVersions versions, EventStore eventStore, TokenStore tokenStore,
                      TransactionManager transactions, PlatformTransactionManager platformTransactions,
                      EventProcessingConfiguration processing, ProcessorPositions positions, OperatorLog operatorLog,
                      ProcessorSampler sampler, Clock clock,
                      @Value("${daftar.rebuild.max-concurrent:1}") int maxConcurrent,
                      @Value("${daftar.rebuild.batch-size:100}") int batchSize) {
        ShadowSchemas schemas = new ShadowSchemas(jdbc);
        RuntimeProcessors runtime = new RuntimeProcessors(eventStore, tokenStore, transactions, jdbc, batchSize);
        return new Rebuilds(new RebuildStore(jdbc), schemas, new Diffs(jdbc, schemas), versions, runtime,
                new LiveProcessors(processing, runtime, versions), positions,
                new TransactionTemplate(platformTransactions), operatorLog, sampler, clock, maxConcurrent);
    }

    @Bean
    RebuildWatch rebuildWatch(Rebuilds rebuilds,
                              @Value("${daftar.rebuild.watch-interval:PT0.5S}") Duration interval) {
        return new RebuildWatch(rebuilds, interval);
    }

    /** Resumes rebuilds when the app is ready, watches them while it runs, stops their processors when it stops. */
    static final class RebuildWatch {

        private final Rebuilds rebuilds;
        private final Duration interval;
        private ScheduledExecutorService watcher;

        RebuildWatch(Rebuilds rebuilds, Duration interval) {
            this.rebuilds = rebuilds;
            this.interval = interval;
        }

        @EventListener(ApplicationReadyEvent.class)
        synchronized void start() {
            rebuilds.resume();
            watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "rebuild-watch");
                thread.setDaemon(true);
                return thread;
            });
            watcher.scheduleWithFixedDelay(rebuilds::watch, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        @EventListener(ContextClosedEvent.class)
        synchronized void stop() {
            if (watcher != null) {
                watcher.shutdownNow();
                watcher = null;
            }
            rebuilds.stopAll();
        }
    }
}
