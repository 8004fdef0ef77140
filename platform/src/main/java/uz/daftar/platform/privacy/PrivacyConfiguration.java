package uz.daftar.platform.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.schema.SchemaMigration;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

@AutoConfiguration
public class PrivacyConfiguration {

    /**
     * Server time for every app, ticking in whole microseconds: a server time recorded in an event then fits a
     * PostgreSQL timestamp exactly, so a lookup table or read model holds the very instant the event holds (an
     * olympiad's freeze ranks submissions by the times in {@code olympiad_entry}).
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Bean
    public SchemaMigration personalDataKeys() {
        return new SchemaMigration("vault", "classpath:db/vault");
    }

    @Bean
    public PersonalDataVault personalDataVault(JdbcTemplate jdbc, Clock clock,
                                               @Value("${daftar.privacy.master-key}") String masterKey) {
        return new PersonalDataVault(jdbc, Base64.getDecoder().decode(masterKey), clock);
    }

    @Bean
    public StudentProfiles studentProfiles(PersonalDataVault vault) {
        return new StudentProfiles(vault);
    }
}
