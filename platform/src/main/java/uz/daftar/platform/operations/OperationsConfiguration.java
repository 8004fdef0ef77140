package uz.daftar.platform.operations;

import org.axonframework.eventhandling.EventBus;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** What both apps need to act as operators on themselves: the operator log. */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class OperationsConfiguration {

    @Bean
    public OperatorLog operatorLog(EventBus eventBus, Clock clock) {
        return new OperatorLog(eventBus, clock);
    }
}
