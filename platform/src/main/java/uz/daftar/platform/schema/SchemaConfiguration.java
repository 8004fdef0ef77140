package uz.daftar.platform.schema;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.List;

@AutoConfiguration(after = DataSourceAutoConfiguration.class)
public class SchemaConfiguration {

    @Bean
    public static SchemaMigratorDependencies schemaMigratorDependencies() {
        return new SchemaMigratorDependencies();
    }

    @Bean
    public SchemaMigrator schemaMigrator(DataSource dataSource, List<SchemaMigration> migrations) {
        return new SchemaMigrator(dataSource, migrations);
    }
}
