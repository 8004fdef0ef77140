package uz.daftar.projections.disputes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uz.daftar.events.disputes.DisputeOpened;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeTaken;
import uz.daftar.events.disputes.DisputeUpheld;
import uz.daftar.events.disputes.EvidenceAdded;
import uz.daftar.events.disputes.EvidenceRequested;
import uz.daftar.platform.schema.SchemaMigration;
import uz.daftar.platform.schema.SchemaMigrator;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dispute queue and a case's history, by calling the projection's handlers directly against PostgreSQL. */
class DisputeProjectionTest {

    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static DisputeProjection projection;
    private static DisputeReader reader;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start();
        new SchemaMigrator(postgres.getPostgresDatabase(),
                List.of(new SchemaMigration("readmodel", "classpath:db/readmodel"))).afterPropertiesSet();
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true));
        projection = new DisputeProjection(jdbc);
        reader = new DisputeReader(jdbc);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void clear() {
        projection.reset();
    }

    private static DisputeOpened opened(String disputeId, Instant at) {
        return new DisputeOpened(disputeId, "stu-1", "grd-1", true, "award-1", null, "Coins missing.", at);
    }

    @Test
    void theQueueListsOpenCasesOldestFirst() {
        // given
        projection.on(opened("dsp-b", T.plusSeconds(60)), 0);
        projection.on(opened("dsp-a", T.plusSeconds(120)), 0);
        projection.on(opened("dsp-c", T), 0);
        projection.on(new DisputeTaken("dsp-a", "stu-1", "adm-1", T.plusSeconds(200)), 1);

        // when
        List<DisputeRow> open = reader.queue("OPEN", 10);
        List<DisputeRow> taken = reader.queue("TAKEN", 10);

        // then
        assertThat(open).extracting(DisputeRow::disputeId).containsExactly("dsp-c", "dsp-b");
        assertThat(taken).extracting(DisputeRow::disputeId, DisputeRow::takenBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dsp-a", "adm-1"));
    }

    @Test
    void anUpheldCaseKeepsEveryStepInOrderAndTheCorrectionItCaused() {
        // given
        projection.on(opened("dsp-1", T), 0);
        projection.on(new DisputeTaken("dsp-1", "stu-1", "adm-1", T.plusSeconds(1)), 1);
        projection.on(new EvidenceRequested("dsp-1", "stu-1", "q-1", "Which quiz?", "adm-1", T.plusSeconds(2)), 2);
        projection.on(new EvidenceAdded("dsp-1", "stu-1", "ev-1", "grd-1", false, "Fractions.", "att-9",
                T.plusSeconds(3)), 3);
        projection.on(new DisputeUpheld("dsp-1", "stu-1", "adm-1", "Cap applied twice.", "CREDIT", 5L, "award-1",
                "dispute:dsp-1", T.plusSeconds(4)), 4);

        // when
        DisputeRow row = reader.find("dsp-1").orElseThrow();
        List<DisputeStepRow> steps = reader.steps("dsp-1");

        // then
        assertThat(row.status()).isEqualTo("UPHELD");
        assertThat(row.amount()).isEqualTo(5L);
        assertThat(row.correctionEntryId()).isEqualTo("dispute:dsp-1");
        assertThat(row.reason()).isEqualTo("Cap applied twice.");
        assertThat(row.decidedAt()).isEqualTo(T.plusSeconds(4));
        assertThat(steps).extracting(DisputeStepRow::kind).containsExactly("OPENED", "TAKEN", "EVIDENCE_REQUESTED",
                "EVIDENCE_ADDED", "UPHELD");
        assertThat(steps.get(3).reference()).isEqualTo("att-9");
        assertThat(reader.queue("OPEN", 10)).isEmpty();
    }

    @Test
    void aRejectedCaseCarriesTheReasonForTheFamily() {
        // given
        projection.on(opened("dsp-1", T), 0);
        projection.on(new DisputeTaken("dsp-1", "stu-1", "adm-1", T), 1);
        projection.on(new DisputeRejected("dsp-1", "stu-1", "adm-1", "The daily cap applied.", T.plusSeconds(9)), 2);

        // when
        DisputeRow row = reader.find("dsp-1").orElseThrow();

        // then
        assertThat(row.status()).isEqualTo("REJECTED");
        assertThat(row.reason()).isEqualTo("The daily cap applied.");
        assertThat(row.amount()).isNull();
    }

    @Test
    void anEventHandledTwiceIsRecordedOnce() {
        // given
        DisputeOpened opened = opened("dsp-1", T);
        EvidenceAdded evidence = new EvidenceAdded("dsp-1", "stu-1", "ev-1", "stu-1", false, "x", null, T);

        // when
        projection.on(opened, 0);
        projection.on(evidence, 1);
        projection.on(opened, 0);
        projection.on(evidence, 1);

        // then
        assertThat(reader.steps("dsp-1")).hasSize(2);
        assertThat(reader.find("dsp-1").orElseThrow().status()).isEqualTo("OPEN");
    }
}
