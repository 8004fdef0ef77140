package uz.daftar.command.outside;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outside-call guard, set from {@code daftar.outside.*}. */
@Configuration
class OutsideConfiguration {

    @Bean
    DailyBudgets dailyBudgets(JdbcTemplate jdbc) {
        return new DailyBudgets(jdbc);
    }

    @Bean
    OutsideSettings outsideSettings(Environment environment,
                                    @Value("${daftar.outside.budget-zone:Asia/Tashkent}") ZoneId budgetZone,
                                    @Value("${daftar.outside.retry.max-attempts:3}") int maxAttempts,
                                    @Value("${daftar.outside.retry.initial-backoff:PT0.5S}") Duration initialBackoff,
                                    @Value("${daftar.outside.circuit.failure-rate:50}") float failureRate,
                                    @Value("${daftar.outside.circuit.window:10}") int window,
                                    @Value("${daftar.outside.circuit.open-for:PT30S}") Duration openFor) {
        Map<OutsideFeature, Integer> budgets = new EnumMap<>(OutsideFeature.class);
        for (OutsideFeature feature : OutsideFeature.values()) {
            budgets.put(feature, environment.getProperty("daftar.outside." + feature.key() + ".daily-budget",
                    Integer.class, OutsideSettings.DEFAULT_DAILY_BUDGET));
        }
        return new OutsideSettings(budgets, budgetZone, maxAttempts, initialBackoff, failureRate, window, openFor);
    }

    @Bean
    OutsideCalls outsideCalls(List<OutsideProvider> providers, DailyBudgets budgets, OutsideSettings settings,
                              Clock clock) {
        return new OutsideCalls(providers, budgets, settings, clock);
    }
}
