package uz.daftar.projections.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeTaken;
import uz.daftar.events.disputes.DisputeUpheld;
import uz.daftar.events.disputes.EvidenceRequested;
import uz.daftar.events.operations.OperatorAction;
import uz.daftar.events.operations.OperatorActed;
import uz.daftar.platform.schema.SchemaMigration;
import uz.daftar.platform.schema.SchemaMigrator;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator audit, by calling the projection's handlers directly against PostgreSQL. */
class OperatorAuditProjectionIT {

    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");
    private static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static OperatorAuditProjection projection;
    private static OperatorAuditReader reader;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start();
        new SchemaMigrator(postgres.getPostgresDatabase(),
                List.of(new SchemaMigration("readmodel", "classpath:db/readmodel"))).afterPropertiesSet();
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true));
        projection = new OperatorAuditProjection(jdbc);
        reader = new OperatorAuditReader(jdbc);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void clear() {
        projection.reset();
    }

    @Test
    void anOperatorActionIsRecordedWithOperatorReasonAndOutcomeAndARepeatChangesNothing() {
        OperatorActed evicted = acted("ops-1", OperatorAction.DEAD_LETTER_EVICTED, "guardianship/stu-1",
                "linked by mistake", T);

        projection.on(evicted, "event-1");
        projection.on(evicted, "event-1");

        assertThat(reader.page(ALL, null, 10)).containsExactly(new OperatorAuditRow("event-1", T, "ops-1", "ADMIN",
                "DEAD_LETTER_EVICTED", "guardianship/stu-1", "linked by mistake", "outcome of ops-1"));
    }

    @Test
    void anAdminsDisputeStepsAreRecordedUnderTheDispute() {
        projection.on(new DisputeTaken("d-1", "stu-1", "adm-1", T), "e-taken");
        projection.on(new EvidenceRequested("d-1", "stu-1", "r-1", "Which answer?", "adm-1", T.plusSeconds(1)),
                "e-asked");
        projection.on(new DisputeUpheld("d-1", "stu-1", "adm-1", "The answer was right.", "CREDIT", 5L, "award-1",
                "dispute:d-1", T.plusSeconds(2)), "e-upheld");
        projection.on(new DisputeRejected("d-2", "stu-2", "adm-2", "Not correct.", T.plusSeconds(3)), "e-rejected");

        List<OperatorAuditRow> d1 = reader.page(new AuditFilter(null, null, "dispute/d-1", null, null), null, 10);
        assertThat(d1).extracting(OperatorAuditRow::action)
                .containsExactly("DISPUTE_UPHELD", "DISPUTE_EVIDENCE_REQUESTED", "DISPUTE_TAKEN");
        assertThat(d1.get(0).reason()).isEqualTo("The answer was right.");
        assertThat(d1.get(0).outcome()).isEqualTo("upheld: credit of 5 coin(s) as entry dispute:d-1");
        assertThat(d1.get(1).reason()).isEqualTo("Which answer?");
        assertThat(reader.page(new AuditFilter("adm-2", null, null, null, null), null, 10))
                .extracting(OperatorAuditRow::target, OperatorAuditRow::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dispute/d-2", "rejected"));
    }

    @Test
    void filtersByOperatorActionTargetPrefixAndTime() {
        projection.on(acted("ops-1", OperatorAction.DEAD_LETTER_RETRIED, "mastery/stu-1", null, T), "a");
        projection.on(acted("ops-2", OperatorAction.DEAD_LETTER_RETRIED, "mastery/stu-2", null, T.plusSeconds(60)),
                "b");
        projection.on(acted("ops-1", OperatorAction.DEAD_LETTERS_RETRIED, "badges", null, T.plusSeconds(120)), "c");

        assertThat(ids(new AuditFilter("ops-1", null, null, null, null))).containsExactly("c", "a");
        assertThat(ids(new AuditFilter(null, "DEAD_LETTER_RETRIED", null, null, null))).containsExactly("b", "a");
        assertThat(ids(new AuditFilter(null, null, "mastery/", null, null))).containsExactly("b", "a");
        assertThat(ids(new AuditFilter(null, null, null, T.plusSeconds(60), T.plusSeconds(120))))
                .containsExactly("b");
        assertThat(ids(new AuditFilter("ops-2", "DEAD_LETTERS_RETRIED", null, null, null))).isEmpty();
    }

    @Test
    void pagesNewestFirstWithoutLosingLinesOfTheSameInstant() {
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = "e-" + i;
            projection.on(acted("ops-1", OperatorAction.DEAD_LETTER_RETRIED, "t", null, T.plusSeconds(i / 3)), id);
            recorded.add(0, id);
        }

        List<String> read = new ArrayList<>();
        AuditKey before = null;
        do {
            List<OperatorAuditRow> page = reader.page(ALL, before, 2);
            page.forEach(row -> read.add(row.eventId()));
            before = page.size() < 2 ? null : page.get(page.size() - 1).key();
        } while (before != null);

        assertThat(read).containsExactly("e-6", "e-5", "e-4", "e-3", "e-2", "e-1", "e-0");
        assertThat(read).containsExactlyInAnyOrderElementsOf(recorded);
    }

    private static List<String> ids(AuditFilter filter) {
        return reader.page(filter, null, 10).stream().map(OperatorAuditRow::eventId).toList();
    }

    private static OperatorActed acted(String operator, OperatorAction action, String target, String reason,
                                       Instant at) {
        return new OperatorActed("action-" + at + target, operator, "ADMIN", action, target, reason,
                "outcome of " + operator, at);
    }
}
