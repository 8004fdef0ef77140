package uz.daftar.projections;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uz.daftar.platform.schema.SchemaMigration;
import uz.daftar.platform.schema.SchemaMigrator;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * A real PostgreSQL with the read-model schema migrated, for the projection tests that call handlers directly.
 * Start one per test class and close it after the class.
 */
public final class ReadModelDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final JdbcTemplate jdbc;

    private ReadModelDatabase(EmbeddedPostgres postgres, JdbcTemplate jdbc) {
        this.postgres = postgres;
        this.jdbc = jdbc;
    }

    public static ReadModelDatabase start() throws IOException, SQLException {
        // durability is not what these tests are about: without fsync each statement's commit is cheap
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start();
        new SchemaMigrator(postgres.getPostgresDatabase(),
                List.of(new SchemaMigration("readmodel", "classpath:db/readmodel"))).afterPropertiesSet();
        // one connection for the whole test, as a processor thread holds one per batch
        return new ReadModelDatabase(postgres, new JdbcTemplate(
                new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true)));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
