package uz.daftar.platform.schema;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;

/**
 * Migrates every {@link SchemaMigration} of the application before anything uses the database. Flyway's own
 * lock makes it safe for several instances to start at once.
 */
public class SchemaMigrator implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final List<SchemaMigration> migrations;

    public SchemaMigrator(DataSource dataSource, List<SchemaMigration> migrations) {
        this.dataSource = dataSource;
        this.migrations = migrations.stream().sorted(Comparator.comparing(SchemaMigration::owner)).toList();
    }

    @Override
    public void afterPropertiesSet() {
        for (SchemaMigration migration : migrations) {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(migration.location())
                    .table(migration.historyTable())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            log.info("Schema {}: {} migration(s) applied, now at {}", migration.owner(),
                    result.migrationsExecuted, result.targetSchemaVersion);
        }
    }
}
