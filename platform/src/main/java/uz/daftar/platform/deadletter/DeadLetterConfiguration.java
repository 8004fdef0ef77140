package uz.daftar.platform.deadletter;

import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import uz.daftar.platform.operations.OperatorLog;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dead-letter queues for the processors that enable one ({@code axon.eventhandling.processors.<name>.dlq.enabled};
 * Axon's JDBC auto-configuration gives each a queue in the {@code DeadLetterEntry} table, stored with the primary
 * serializer): which failures park an event ({@link ParkingPolicy}), savepoints so that a parked event leaves no
 * writes behind ({@link SavepointHandlerEnhancer}), retries of dead letters in savepoints of their own, dead letters
 * cleared when the processor is reset for a replay, and the admin API. See docs/decisions/0006.
 */
@AutoConfiguration
@Import(DeadLetterController.class)
public class DeadLetterConfiguration {

    /** The sequencing policy of the dead-lettering processors: {@code sequencing-policy: studentSequencingPolicy}. */
    @Bean
    public StudentSequencingPolicy studentSequencingPolicy() {
        return new StudentSequencingPolicy();
    }

    @Bean
    SavepointRequests savepointRequests(Clock clock) {
        return new SavepointRequests(clock);
    }

    @Bean
    HandlerEnhancerDefinition savepointsForFailedEvents(EventProcessorProperties properties,
                                                        SavepointRequests requests,
                                                        ObjectProvider<PlatformTransactionManager> transactions) {
        return new SavepointHandlerEnhancer(deadLetteringGroups(properties), requests,
                new SavepointTransactionManager(transactions::getObject));
    }

    @Bean
    ConfigurerModule deadLetteringProcessors(EventProcessorProperties properties, SavepointRequests requests,
                                             ObjectProvider<PlatformTransactionManager> transactions) {
        Set<String> groups = deadLetteringGroups(properties);
        return configurer -> {
            configurer.eventProcessing(processing -> groups.forEach(group -> processing
                    .registerDeadLetterPolicy(group, configuration -> new ParkingPolicy(group, requests))
                    .registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) -> invoker
                            .transactionManager(new SavepointTransactionManager(transactions::getObject))
                            .allowReset(true)
                            .enableSequenceIdentifierCache())));
            configurer.onInitialize(configuration -> configuration.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                    () -> requireOneHandlerClassEach(configuration.eventProcessingConfiguration(), groups)));
        };
    }

    @Bean
    public DeadLetters deadLetters(EventProcessingConfiguration processing, TransactionManager transactions,
                                   Clock clock, OperatorLog operatorLog) {
        return new DeadLetters(processing, transactions, clock, operatorLog);
    }

    private static Set<String> deadLetteringGroups(EventProcessorProperties properties) {
        Set<String> groups = new TreeSet<>();
        properties.getProcessors().forEach((name, settings) -> {
            if (settings.getDlq().isEnabled()) {
                groups.add(name);
            }
        });
        return groups;
    }

    /** A savepoint covers one handler; with two handler classes a parked event could leave one's writes behind. */
    private static void requireOneHandlerClassEach(EventProcessingConfiguration processing, Set<String> groups) {
        for (String group : groups) {
            EventHandlerInvoker invoker = processing.eventProcessor(group, AbstractEventProcessor.class)
                    .map(AbstractEventProcessor::eventHandlerInvoker)
                    .orElse(null);
            List<EventHandlerInvoker> invokers = invoker instanceof MultiEventHandlerInvoker multi
                    ? multi.delegates() : invoker == null ? List.of() : List.of(invoker);
            long handlers = invokers.stream()
                    .filter(DeadLetteringEventHandlerInvoker.class::isInstance)
                    .mapToLong(dlq -> ((DeadLetteringEventHandlerInvoker) dlq).eventHandlers().size())
                    .sum();
            if (handlers > 1) {
                throw new AxonConfigurationException("Processing group " + group + " has " + handlers
                        + " event handler classes; a dead-lettering group must have one");
            }
        }
    }
}
