package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.events.operations.OperatorActed;
import uz.daftar.platform.deadletter.DeadLetters;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.coins.LedgerReader;
import uz.daftar.projections.dashboard.StudentDashboardProjection;
import uz.daftar.projections.learner.GuardianshipProjection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poison event parks one student's sequence in one processor's dead-letter queue, visible to admins with its
 * error, while other students and the student's other read models carry on; after the fix a retry makes the read
 * model exactly what the events say. A reset clears a processor's dead letters before the replay parks the sequence
 * again, once; an admin evicts a sequence with a reason. The poison is a PostgreSQL trigger on a read-model table
 * that fails every write of one student's rows; it is dropped in a {@code finally}, whatever happens.
 */
class DeadLetterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAME_HISTORY_SAME_DASHBOARD = List.of("displayName", "timeZone", "language",
            "answers", "correctAnswers", "practiceMinutes", "totalXp", "level", "currentStreak", "bestStreak",
            "lastStreakDay", "streakFreezes", "coinBalance", "coinsHeld", "lastActiveAt");

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("dlq-admin", "ADMIN");
    }

    /** A test that failed halfway must leave no letters to the tests sharing the stack (its trigger is gone). */
    @AfterEach
    void retryWhatIsLeft() {
        DeadLetters deadLetters = stack.apps.querySide().getBean(DeadLetters.class);
        for (String processor : List.of("student-dashboard", "guardianship")) {
            deadLetters.retryAll(processor, new Caller("dlq-it-cleanup", EnumSet.of(Role.ADMIN)));
        }
    }

    @Test
    void aPoisonedStudentParksAloneAndARetryAfterTheFixMakesTheDashboardWhatTheEventsSay() {
        String poisoned = register("dlq-p-" + suffix());
        String healthy = register("dlq-q-" + suffix());
        Instant start = Instant.now().minusSeconds(120);
        try (Poison poison = Poison.on("student_dashboard", poisoned)) {
            // given both students answer the same questions at the same times
            for (String student : List.of(poisoned, healthy)) {
                answer(student, "a1", true, start);
                answer(student, "a2", false, start.plusSeconds(10));
                answer(student, "a3", true, start.plusSeconds(20));
            }
            settle();

            // then every dashboard event of the poisoned student is parked, in order, the first with its error
            JsonNode sequence = parkedSequence("student-dashboard", poisoned);
            assertThat(eventIds(sequence)).isEqualTo(eventsOf(poisoned, StudentDashboardProjection.class))
                    .hasSizeGreaterThan(4);
            assertThat(sequence.get("size").asLong()).isEqualTo(sequence.get("letters").size());
            JsonNode first = sequence.get("letters").get(0);
            assertThat(first.get("eventType").asText()).isEqualTo("StudentRegistered");
            assertThat(first.get("aggregateIdentifier").asText()).isEqualTo("student:" + poisoned);
            assertThat(first.get("globalPosition").asLong()).isPositive();
            assertThat(first.get("causeMessage").asText()).contains("poisoned student " + poisoned);
            assertThat(first.get("diagnostics").get("sqlState").asText()).isEqualTo("P0001");
            assertThat(first.get("diagnostics").get("attempts").asInt()).isEqualTo(1);
            assertThat(sequence.get("letters").get(1).get("causeType").isNull()).isTrue();
            assertThat(deadLettersMetric("student-dashboard")).isGreaterThanOrEqualTo(sequence.get("size").asLong());

            // and the other student, and the poisoned student's ledger and activity index, carried on
            assertThat(dashboard(healthy).get("answers").asLong()).isEqualTo(3);
            assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + poisoned + "/dashboard", admin,
                    Map.of()).status()).isEqualTo(404);
            assertThat(ledger().entries(poisoned, 100)).hasSize(2);
            assertThat(read("/api/v1/activity?type=PracticeAnswerRecorded&studentId=" + poisoned).get("total")
                    .asLong()).isEqualTo(3);

            // when a reset replays the dashboard, its dead letters are cleared and the sequence parks again, once
            resetAndReplay("student-dashboard");
            assertThat(eventIds(parkedSequence("student-dashboard", poisoned)))
                    .isEqualTo(eventsOf(poisoned, StudentDashboardProjection.class));

            // and a later event of the parked student joins the end of its sequence
            answer(poisoned, "a4", true, start.plusSeconds(30));
            answer(healthy, "a4", true, start.plusSeconds(30));
            settle();
            List<String> parked = eventIds(parkedSequence("student-dashboard", poisoned));
            assertThat(parked).isEqualTo(eventsOf(poisoned, StudentDashboardProjection.class));
            assertThat(dashboard(healthy).get("answers").asLong()).isEqualTo(4);

            // when the cause is fixed and an admin retries the sequence
            poison.close();
            JsonNode retry = post(stack.apps.queryUrl(), "/student-dashboard/" + poisoned + "/retry", 200);

            // then the dashboard is what the events say: the same as the other student's, who did the same
            assertThat(retry.get("succeeded").asBoolean()).isTrue();
            assertThat(retry.get("remaining").asLong()).isZero();
            JsonNode repaired = dashboard(poisoned);
            JsonNode reference = dashboard(healthy);
            for (String field : SAME_HISTORY_SAME_DASHBOARD) {
                assertThat(repaired.get(field)).as(field).isEqualTo(reference.get(field));
            }
            assertThat(repaired.get("answers").asLong()).isEqualTo(4);
            assertThat(repaired.get("correctAnswers").asLong()).isEqualTo(3);
            assertThat(repaired.get("coinBalance").asLong()).isEqualTo(ledger().walletBalance(poisoned)).isEqualTo(3);
            assertThat(parkedSequenceOrNull("student-dashboard", poisoned)).isNull();

            // and the operator audit says who retried it, with what outcome
            JsonNode audited = audited("DEAD_LETTER_RETRIED", "student-dashboard/" + poisoned);
            assertThat(audited.get("operatorId").asText()).isEqualTo("dlq-admin");
            assertThat(audited.get("operatorRole").asText()).isEqualTo("ADMIN");
            assertThat(audited.get("outcome").asText()).isEqualTo("handled");
            assertThat(audited.get("reason").isNull()).isTrue();
        }
    }

    @Test
    void aResetClearsTheLettersAndAnEvictionWithAReasonDropsTheSequenceUntilTheNextReplay() {
        String student = register("dlq-r-" + suffix());
        String parent = "parent-of-" + student;
        String parentToken = stack.issuer.token(parent, "PARENT");
        try (Poison poison = Poison.on("guardianship", student)) {
            api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                    "{\"guardianId\":\"" + parent + "\"}");
            settle();
            List<String> link = eventsOf(student, GuardianshipProjection.class);
            assertThat(eventIds(parkedSequence("guardianship", student))).isEqualTo(link).hasSize(1);
            assertThat(dashboardStatus(student, parentToken)).isEqualTo(403);

            // a reset clears the queue; the replay parks the link again, once
            resetAndReplay("guardianship");
            assertThat(eventIds(parkedSequence("guardianship", student))).isEqualTo(link);

            // an admin evicts it, with a reason
            JsonNode eviction = post(stack.apps.queryUrl(), "/guardianship/" + student + "/eviction",
                    "{\"reason\":\"linked by mistake, the family will re-link\"}", 200);

            assertThat(eviction.get("evictedEventIds")).extracting(JsonNode::asText).isEqualTo(link);
            assertThat(eviction.get("reason").asText()).isEqualTo("linked by mistake, the family will re-link");
            assertThat(eviction.get("evictedBy").asText()).isEqualTo("dlq-admin");
            assertThat(eviction.get("remaining").asLong()).isZero();
            assertThat(parkedSequenceOrNull("guardianship", student)).isNull();
            assertThat(recordedOperatorActions("guardianship/" + student))
                    .containsExactly("DEAD_LETTER_EVICTED by dlq-admin because linked by mistake, the family will re-link");
            JsonNode audited = audited("DEAD_LETTER_EVICTED", "guardianship/" + student);
            assertThat(audited.get("operatorId").asText()).isEqualTo("dlq-admin");
            assertThat(audited.get("reason").asText()).isEqualTo("linked by mistake, the family will re-link");
            assertThat(audited.get("outcome").asText()).isEqualTo("1 letter(s) evicted: " + link.get(0));
            poison.close();
            assertThat(dashboardStatus(student, parentToken)).isEqualTo(403);
        }

        // the event itself was never deleted: the next replay links the parent
        resetAndReplay("guardianship");
        assertThat(dashboardStatus(student, parentToken)).isEqualTo(200);
    }

    @Test
    void onlyAdminsSeeDeadLettersAndEveryAppAnswersForItsOwnProcessors() {
        for (String role : List.of("STUDENT", "ANALYST", "PARENT", "TEACHER")) {
            Http.Reply refused = Http.get(stack.apps.queryUrl() + "/api/v1/admin/dead-letters?processor=mastery",
                    stack.issuer.token("someone", role), Map.of());
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(Http.post(stack.apps.queryUrl() + "/api/v1/admin/dead-letters/mastery/retry",
                stack.issuer.token("kid", "STUDENT"), "", Map.of()).status()).isEqualTo(403);
        for (String role : List.of("STUDENT", "ANALYST", "PARENT", "TEACHER", "CENTRE_ADMIN")) {
            Http.Reply refused = Http.get(stack.apps.queryUrl() + "/api/v1/admin/audit",
                    stack.issuer.token("someone", role), Map.of());
            assertThat(refused.status()).as("audit for " + role).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(Http.post(stack.apps.commandUrl() + "/api/v1/admin/dead-letters/coin-policy/s-1/eviction",
                stack.issuer.token("kid", "STUDENT"), "{}", Map.of()).status()).isEqualTo(403);

        assertThat(get(stack.apps.commandUrl(), "?processor=coin-policy", 200).get("processor").asText())
                .isEqualTo("coin-policy");
        assertThat(get(stack.apps.queryUrl(), "?processor=activity-index", 200).get("sequences").isNumber())
                .isTrue();
        get(stack.apps.commandUrl(), "?processor=student-dashboard", 404);
        get(stack.apps.queryUrl(), "?processor=coin-policy", 404);
        get(stack.apps.queryUrl(), "?processor=no-such-processor", 404);
        post(stack.apps.queryUrl(), "/no-such-processor/retry", 404);
        post(stack.apps.queryUrl(), "/mastery/nobody-" + suffix() + "/retry", 404);
        post(stack.apps.queryUrl(), "/mastery/nobody-" + suffix() + "/eviction", "{\"reason\":\"gone\"}", 404);
    }

    @Test
    void anEvictionNeedsAReasonOfAtMostFiveHundredCharacters() {
        for (String body : List.of("{}", "{\"reason\":\"  \"}", "{\"reason\":\"" + "x".repeat(501) + "\"}")) {
            Http.Reply reply = Http.post(stack.apps.queryUrl() + "/api/v1/admin/dead-letters/mastery/s-1/eviction",
                    admin, body, Map.of());

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("\"field\":\"reason\"");
        }
    }

    /** Both apps' policies and projections have handled every stored event: nothing more follows. */
    private static void settle() {
        DemoHistory.awaitPolicies(stack);
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(2));
    }

    private static void resetAndReplay(String processor) {
        StreamingEventProcessor streaming = stack.apps.querySide().getBean(EventProcessingConfiguration.class)
                .eventProcessor(processor, StreamingEventProcessor.class).orElseThrow();
        streaming.shutDown();
        streaming.resetTokens();
        streaming.start();
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(3));
    }

    /** The student's events, in store order, of the types the projection handles. */
    private static List<String> eventsOf(String student, Class<?> projection) {
        Set<String> handled = Arrays.stream(projection.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(Method::getParameterTypes).map(parameters -> parameters[0].getName())
                .collect(Collectors.toSet());
        List<String> events = new ArrayList<>();
        stack.apps.commandSide().getBean(JdbcTemplate.class).query("""
                        SELECT eventIdentifier, payloadType FROM DomainEventEntry
                        WHERE aggregateIdentifier LIKE ? AND convert_from(payload, 'UTF8')::jsonb ->> 'studentId' = ?
                        ORDER BY globalIndex""",
                row -> {
                    if (handled.contains(row.getString(2))) {
                        events.add(row.getString(1));
                    }
                }, "%" + student + "%", student);
        return events;
    }

    private static JsonNode parkedSequence(String processor, String sequenceId) {
        JsonNode sequence = parkedSequenceOrNull(processor, sequenceId);
        assertThat(sequence).as("parked sequence " + sequenceId + " of " + processor).isNotNull();
        return sequence;
    }

    private static JsonNode parkedSequenceOrNull(String processor, String sequenceId) {
        for (JsonNode sequence : get(stack.apps.queryUrl(), "?processor=" + processor + "&limit=1000", 200)
                .get("parked")) {
            if (sequence.get("sequenceIdentifier").asText().equals(sequenceId)) {
                return sequence;
            }
        }
        return null;
    }

    private static List<String> eventIds(JsonNode sequence) {
        List<String> ids = new ArrayList<>();
        sequence.get("letters").forEach(letter -> ids.add(letter.get("eventIdentifier").asText()));
        return ids;
    }

    private static long deadLettersMetric(String processor) {
        String prefix = "daftar_processor_dead_letters{processor=\"" + processor + "\"} ";
        return Http.get(stack.apps.queryUrl() + "/actuator/prometheus", admin, Map.of()).body().lines()
                .filter(line -> line.startsWith(prefix))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(prefix.length())))
                .findFirst().orElseThrow();
    }

    private static JsonNode get(String app, String query, int status) {
        return expect(status, Http.get(app + "/api/v1/admin/dead-letters" + query, admin, Map.of()));
    }

    private static JsonNode post(String app, String path, int status) {
        return post(app, path, "", status);
    }

    private static JsonNode post(String app, String path, String body, int status) {
        return expect(status, Http.post(app + "/api/v1/admin/dead-letters" + path, admin, body, Map.of()));
    }

    private static JsonNode expect(int status, Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode dashboard(String student) {
        return read("/api/v1/students/" + student + "/dashboard");
    }

    private static int dashboardStatus(String student, String token) {
        return Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/dashboard", token, Map.of())
                .status();
    }

    /** The ledger's read port: the ledger API answers only for students with a dashboard. */
    private static LedgerReader ledger() {
        return stack.apps.querySide().getBean(LedgerReader.class);
    }

    private static JsonNode read(String path) {
        return QueryReads.json(stack, path, admin);
    }

    private static String register(String student) {
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student));
        return student;
    }

    private static void answer(String student, String answerId, boolean correct, Instant at) {
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"),
                answerId + "-" + student, """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"%s",\
                "skill":"math.add-10","givenAnswer":"7","correct":%s,"timeTakenMillis":30000,"answeredAt":"%s"}"""
                .formatted(answerId + "-" + student, student, student, answerId, correct, at));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A trigger that fails every write of one student's rows to one read-model table, as a handler bug for that one
     * student would. {@link #close()} drops it (the fix) and may be called more than once.
     */
    private record Poison(JdbcTemplate jdbc, String name, String table) implements AutoCloseable {

        static Poison on(String table, String studentId) {
            JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
            String name = "dlq_it_poison_" + UUID.randomUUID().toString().replace("-", "");
            Poison poison = new Poison(jdbc, name, table);
            jdbc.execute("""
                    CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.student_id = '%s' THEN
                            RAISE EXCEPTION 'poisoned student %%', NEW.student_id;
                        END IF;
                        RETURN NEW;
                    END $$""".formatted(name, studentId));
            try {
                jdbc.execute("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION %s()"
                        .formatted(name, table, name));
            } catch (RuntimeException e) {
                poison.close();
                throw e;
            }
            return poison;
        }

        @Override
        public void close() {
            jdbc.execute("DROP TRIGGER IF EXISTS " + name + " ON " + table);
            jdbc.execute("DROP FUNCTION IF EXISTS " + name + "()");
        }
    }

    /** The newest line of the operator audit (its read model) for the action on exactly that target. */
    private static JsonNode audited(String action, String target) {
        JsonNode[] found = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode page = read("/api/v1/admin/audit?action=" + action + "&target="
                    + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
            for (JsonNode entry : page.get("entries")) {
                if (entry.get("target").asText().equals(target)) {
                    found[0] = entry;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The operator actions on {@code target} as the event store holds them: action, operator and reason. */
    private static List<String> recordedOperatorActions(String target) {
        JdbcTemplate store = stack.apps.querySide().getBean(JdbcTemplate.class);
        return store.queryForList("SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry WHERE payloadType = ?"
                        + " ORDER BY globalIndex", String.class, OperatorActed.class.getName()).stream()
                .map(DeadLetterIT::readJson)
                .filter(acted -> acted.get("target").asText().equals(target))
                .map(acted -> acted.get("action").asText() + " by " + acted.get("operatorId").asText()
                        + " because " + acted.get("reason").asText())
                .toList();
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
