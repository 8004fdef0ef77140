package uz.daftar.platform.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.events.serialization.EventSerialization;
import uz.daftar.events.upcasting.EventUpcasters;
import uz.daftar.platform.schema.SchemaMigration;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The event store wiring both apps share. Which store is used is configuration alone: with
 * {@code axon.axonserver.enabled=false} Axon's JDBC engine writes the PostgreSQL tables migrated here; with the
 * {@code axonserver} profile Axon Server is the event store and message router, while tokens, sagas and dead
 * letters stay in PostgreSQL. See docs/decisions/0002 and 0003.
 */
@AutoConfiguration(beforeName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"})
public class EventStoreConfiguration {

    /** The one serializer: events, messages, tokens, sagas and snapshots are all stored by it. */
    @Bean
    @Primary
    public Serializer serializer() {
        return EventSerialization.serializer();
    }

    /**
     * The upcasters of every stored event, as one chain: Axon's auto-configuration hands each {@link EventUpcaster}
     * bean to the configurer, whose upcaster chain the event store (JDBC or Axon Server) reads every event through,
     * so aggregates and every processor of both apps see today's revisions only.
     */
    @Bean
    public EventUpcaster eventUpcasters() {
        return EventUpcasters.chain();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /**
     * A handler that fails fails its batch: the batch rolls back, the token stays, and the processor retries,
     * so no event is ever skipped by a read model (Axon's default would log and go on). This holds for every
     * processor without a dead-letter queue; a processor with one parks an event that its handler cannot handle and
     * still fails the batch for everything else (docs/decisions/0006).
     */
    @Bean
    public ConfigurerModule handlerErrorsFailTheBatch() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance()));
    }

    /**
     * Axon's JDBC storage engine, built as Axon's auto-configuration builds it; defined here because the event store
     * below is, and Axon builds neither once one exists.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    public EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver exceptions,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 ObjectProvider<EventSchema> schema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema.getIfAvailable(EventSchema::new))
                .build();
    }

    /**
     * The PostgreSQL event store, as Axon's auto-configuration builds it but for {@code daftar.events.fetch-delay}:
     * how long its reader waits before asking the database again after finding no new event. Events appended in
     * another process (the command side, for the query side's read models) are only seen by asking, and with Axon's
     * default of a second a read-your-writes wait took a second more than the projections needed
     * (docs/BENCHMARKS.md). Asking costs one indexed query per interval and app while nothing is appended.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${daftar.events.fetch-delay:PT0.05S}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    /**
     * How long a pooled processor whose recent events all belong to other read models waits before storing how far
     * it has come. Axon's default is 5 s; a read-your-writes wait ({@code Daftar-Wait-For-Position}) reads those
     * stored positions, also of read models the write did not touch (the guardianship and class rosters every
     * access decision waits for), so with Axon's default it waited seconds for them. Each store is one small
     * transaction per processor and interval while events flow elsewhere or none arrive (docs/BENCHMARKS.md).
     */
    @Bean
    public ConfigurerModule processorsStoreSkippedPositions(
            @Value("${daftar.tokens.idle-store-interval:PT0.25S}") Duration interval) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) ->
                        builder.claimExtensionThreshold(interval.toMillis())));
    }

    /**
     * The token store, with claims owned by app and process: two apps in one JVM (the local run) must never
     * both believe they own a segment.
     */
    @Bean
    public TokenStore daftarTokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 @Value("${spring.application.name}") String application,
                                 @Value("${daftar.tokens.claim-timeout:PT10S}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(application + "@" + ManagementFactory.getRuntimeMXBean().getName())
                .build();
    }

    /**
     * A unique-key violation on append (PostgreSQL SQLState 23505, possibly inside a batch exception) means another
     * writer appended to the same stream first: Axon turns it into a concurrency exception, which the command API
     * retries, instead of a generic store failure.
     */
    @Bean
    public PersistenceExceptionResolver uniqueViolationIsAConcurrentAppend() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null;
                     sql = sql.getNextException()) {
                    if ("23505".equals(sql.getSQLState())) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(new SagaSchema());
    }

    @Bean
    public ProcessorPositions processorPositions(JdbcTemplate jdbc, Serializer serializer, EventStore eventStore) {
        return new ProcessorPositions(jdbc, serializer, eventStore);
    }

    @Bean
    public ProcessorMetrics eventProcessorMetrics(EventProcessingConfiguration processing, ProcessorPositions positions) {
        return new ProcessorMetrics(processing, positions);
    }

    @Bean
    public SchemaMigration axonTables() {
        return new SchemaMigration("axon", "classpath:db/axon");
    }
}
