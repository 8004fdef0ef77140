package uz.daftar.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator command line against the running apps: the status table of both apps, a processor's dead letters, a
 * retry of a really parked sequence, and the refusals. The parked sequence comes from a PostgreSQL trigger that
 * fails one student's guardianship rows (as in DeadLetterIT), dropped in a {@code finally}.
 */
class OperatorCliIT {

    static TestStack stack;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        admin = stack.issuer.token("cli-admin", "ADMIN");
    }

    @Test
    void statusPrintsEveryProcessorOfBothAppsAsATable() {
        Run status = cli("status");

        assertThat(status.exit()).as(status.err()).isZero();
        List<String> lines = status.out().lines().toList();
        assertThat(lines.get(0)).startsWith("APP").contains("PROCESSOR").contains("REPLAY");
        assertThat(status.out()).containsPattern("command-side +coin-policy +pooled +running")
                .containsPattern("query-side +student-dashboard +pooled +running")
                .contains("tamper-chain").contains("operator-audit");

        Run one = cli("status", "--processor=mastery");
        assertThat(one.exit()).isZero();
        assertThat(one.out().lines()).hasSize(2);
        assertThat(one.out().lines().toList().get(1)).startsWith("query-side  mastery");
    }

    @Test
    void aParkedSequenceIsListedAndARetryAfterTheFixHandlesItAndIsAudited() {
        String student = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        String trigger = "cli_it_poison_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("""
                CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.student_id = '%s' THEN
                        RAISE EXCEPTION 'poisoned student %%', NEW.student_id;
                    END IF;
                    RETURN NEW;
                END $$""".formatted(trigger, student));
        try {
            jdbc.execute("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON guardianship FOR EACH ROW EXECUTE FUNCTION %s()"
                    .formatted(trigger, trigger));
            Http.Target api = new Http.Target(stack.apps.commandUrl());
            api.require(201, "/api/v1/students", admin, "register-" + student, """
                    {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                    .formatted(student));
            api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                    "{\"guardianId\":\"parent-of-" + student + "\"}");

            Run[] listed = new Run[1];
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                listed[0] = cli("dead-letters", "--processor=guardianship");
                return listed[0].out().contains("sequence " + student + " (1 letter(s))");
            });
            assertThat(listed[0].exit()).isZero();
            assertThat(listed[0].out()).startsWith("guardianship: ").contains("GuardianLinked")
                    .contains("poisoned student " + student);
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS " + trigger + " ON guardianship");
            jdbc.execute("DROP FUNCTION IF EXISTS " + trigger + "()");
        }

        Run retried = cli("retry", "--processor=guardianship", "--sequence=" + student);

        assertThat(retried.exit()).as(retried.err()).isZero();
        assertThat(retried.out()).isEqualTo("guardianship/" + student + ": handled\n");
        assertThat(cli("dead-letters", "--processor=guardianship").out()).doesNotContain("sequence " + student);
        await().atMost(Duration.ofMinutes(1)).until(() -> QueryReads.json(stack,
                "/api/v1/admin/audit?operator=cli-admin&action=DEAD_LETTER_RETRIED&target=guardianship/" + student,
                admin).get("entries").size() == 1);
    }

    @Test
    void retryAllOfAQueueIsAuditedUnderTheProcessor() {
        Run all = cli("retry-all", "--processor=mastery");

        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).matches("mastery: \\d+ of \\d+ sequence\\(s\\) handled, 0 letter\\(s\\) parked\n");
        await().atMost(Duration.ofMinutes(1)).until(() -> QueryReads.json(stack,
                "/api/v1/admin/audit?operator=cli-admin&action=DEAD_LETTERS_RETRIED&target=mastery", admin)
                .get("entries").size() >= 1);
    }

    @Test
    void refusalsExitWithOneAndSayWhy() {
        Run unknownSequence = cli("evict", "--processor=guardianship", "--sequence=nobody-" + UUID.randomUUID(),
                "--reason=test");
        assertThat(unknownSequence.exit()).isEqualTo(1);
        assertThat(unknownSequence.err()).contains("HTTP 404 No such dead letters");

        Run unknownProcessor = cli("dead-letters", "--processor=no-such-processor");
        assertThat(unknownProcessor.exit()).isEqualTo(1);
        assertThat(unknownProcessor.err()).contains("neither app runs a processor named 'no-such-processor'");

        Run student = run("status", "--token=" + stack.issuer.token("kid", "STUDENT"));
        assertThat(student.exit()).isEqualTo(1);
        assertThat(student.err()).contains("HTTP 403");

        Run analyst = run("retry-all", "--processor=mastery", "--token=" + stack.issuer.token("an", "ANALYST"));
        assertThat(analyst.exit()).isEqualTo(1);
        assertThat(analyst.err()).contains("HTTP 403");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--token=" + admin);
        return run(all.toArray(String[]::new));
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--command-url=" + stack.apps.commandUrl());
        all.add("--query-url=" + stack.apps.queryUrl());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = OperatorCli.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
