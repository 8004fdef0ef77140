package uz.daftar.command;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.daftar.platform.schema.SchemaMigration;

@Configuration
class CommandSideConfiguration {

    @Bean
    SchemaMigration commandTables() {
        return new SchemaMigration("command", "classpath:db/command");
    }
}
