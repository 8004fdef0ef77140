package uz.daftar.platform.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.schema.SchemaMigration;

import java.time.Clock;
import java.util.Base64;

@AutoConfiguration
public class PrivacyConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
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
