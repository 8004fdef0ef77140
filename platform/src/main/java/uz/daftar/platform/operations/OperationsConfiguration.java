package uz.daftar.platform.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import uz.daftar.platform.store.ProcessorPositions;

import java.time.Clock;
import java.time.Duration;

/**
 * What both apps need to act as operators on themselves: the operator log, and the status of their own event
 * processors ({@code /api/v1/admin/processors}), sampled every {@code daftar.operations.sample-interval} (1 s).
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@Import(ProcessorController.class)
public class OperationsConfiguration {

    @Bean
    public OperatorLog operatorLog(EventBus eventBus, Clock clock) {
        return new OperatorLog(eventBus, clock);
    }

    @Bean
    public ProcessorSampler processorSampler(EventProcessingConfiguration processing, ProcessorPositions positions,
                                             Clock clock,
                                             @Value("${daftar.operations.sample-interval:PT1S}") Duration interval) {
        return new ProcessorSampler(processing, positions, clock, interval);
    }

    @Bean
    public ProcessorStatuses processorStatuses(@Value("${spring.application.name:app}") String app,
                                               EventProcessingConfiguration processing,
                                               ProcessorPositions positions, ProcessorSampler sampler, Clock clock) {
        return new ProcessorStatuses(app, processing, positions, sampler, clock);
    }
}
