package uz.daftar.projections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import uz.daftar.platform.schema.SchemaMigration;

/**
 * Registers the projections and the schema of the PostgreSQL read models they own. Imported by the app that runs
 * the projections (the query side), never picked up by others.
 */
@Configuration
@ComponentScan
public class ReadModelConfiguration {

    @Bean
    public SchemaMigration readModelTables() {
        return new SchemaMigration("readmodel", "classpath:db/readmodel");
    }
}
