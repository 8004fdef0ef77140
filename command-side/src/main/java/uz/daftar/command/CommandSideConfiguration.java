package uz.daftar.command;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import uz.daftar.platform.schema.SchemaMigration;

@Configuration
@EnableScheduling
class CommandSideConfiguration {

    @Bean
    SchemaMigration commandTables() {
        return new SchemaMigration("command", "classpath:db/command");
    }
}
