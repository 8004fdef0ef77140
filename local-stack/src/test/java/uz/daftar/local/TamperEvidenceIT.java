package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.platform.trust.TamperChain;
import uz.daftar.platform.trust.VerifyStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Tamper evidence against the real stack: a short history for one student per kind of tampering, linked by the query
 * side's chain processor; then rows of {@code DomainEventEntry} are edited, deleted, inserted and swapped with SQL, as
 * someone with database access would, and the verification (admin API, the student's API, the command line) names
 * the kind and the event. Every test puts the table back as it was in a {@code finally}, so that the other tests of
 * the shared stack (replays above all) read the untouched store.
 */
class TamperEvidenceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> POLICIES = List.of("progress-policy", "coin-policy");
    private static final String EVENT_COLUMNS = "globalIndex, aggregateIdentifier, sequenceNumber, type, "
            + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp";

    static TestStack stack;
    static JdbcTemplate store;
    static String admin;
    static String suffix;

    @BeforeAll
    static void fourStudentsWithAShortHistoryEach() {
        stack = TestStack.get();
        store = stack.apps.querySide().getBean(JdbcTemplate.class);
        admin = stack.issuer.token("tamper-admin", "ADMIN");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        Http.Target api = new Http.Target(stack.apps.commandUrl());
        for (String kind : List.of("edit", "delete", "insert", "reorder")) {
            String student = student(kind);
            api.require(201, "/api/v1/students", admin, "register-" + student, """
                    {"studentId":"%s","displayName":"Kid","birthDate":"2017-03-03","language":"uz-Latn"}"""
                    .formatted(student));
            api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                    "{\"guardianId\":\"" + parent(kind) + "\"}");
            for (int i = 0; i < 3; i++) {
                String answerId = "te-a" + i + "-" + student;
                api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), answerId, """
                        {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q%d",\
                        "skill":"math.add-10","givenAnswer":"7","correct":%s,"timeTakenMillis":4000,\
                        "answeredAt":"%s"}""".formatted(answerId, student, student, i, i != 1,
                        Instant.now().minusSeconds(60 - i)));
            }
        }
        ProcessorPositions positions = stack.apps.commandSide().getBean(ProcessorPositions.class);
        ProcessorPositions chain = stack.apps.querySide().getBean(ProcessorPositions.class);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            long head = store.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry", Long.class);
            return POLICIES.stream().allMatch(policy -> positions.watermark(policy).orElse(-1) >= head)
                    && chain.watermark(TamperChain.PROCESSING_GROUP).orElse(-1) >= head;
        });
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(2));
    }

    @AfterAll
    static void theStoreIsIntactAgain() {
        assertThat(verifyStore().get("intact").asBoolean()).as(verifyStore().toString()).isTrue();
    }

    @Test
    void theUntouchedStoreIsIntactWithSignedCheckpoints() {
        JsonNode report = verifyStore();

        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("checkpoints").asInt()).isPositive();
        assertThat(linked("edit")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void anEditedPayloadIsReportedEditedAtThatEvent() {
        String answer = answerEvents("edit").get(1);
        byte[] original = store.queryForObject("SELECT payload FROM DomainEventEntry WHERE eventIdentifier = ?",
                byte[].class, answer);
        try {
            int edited = store.update("UPDATE DomainEventEntry SET payload = convert_to(replace(convert_from(payload, "
                    + "'UTF8'), '\"givenAnswer\":\"7\"', '\"givenAnswer\":\"8\"'), 'UTF8') WHERE eventIdentifier = ?",
                    answer);
            assertThat(edited).isEqualTo(1);
            assertThat(store.queryForObject("SELECT payload FROM DomainEventEntry WHERE eventIdentifier = ?",
                    byte[].class, answer)).isNotEqualTo(original);

            assertThat(firstFinding(verifyStore(), student("edit"))).isEqualTo(tuple("EDITED", answer));
            assertThat(firstFinding(verifyStore(), null)).isEqualTo(tuple("EDITED", answer));
        } finally {
            store.update("UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?", original, answer);
        }
    }

    @Test
    void aDeletedEventIsReportedDeletedAtThatEvent() {
        String answer = answerEvents("delete").get(0);
        Map<String, Object> row = store.queryForMap("SELECT " + EVENT_COLUMNS
                + " FROM DomainEventEntry WHERE eventIdentifier = ?", answer);
        try {
            assertThat(store.update("DELETE FROM DomainEventEntry WHERE eventIdentifier = ?", answer)).isEqualTo(1);

            assertThat(firstFinding(verifyStore(), student("delete"))).isEqualTo(tuple("DELETED", answer));
            JsonNode parentView = verifyStudent("delete", stack.issuer.token(parent("delete"), "PARENT"));
            assertThat(parentView.get("intact").asBoolean()).isFalse();
            assertThat(firstFinding(parentView, student("delete"))).isEqualTo(tuple("DELETED", answer));
        } finally {
            store.update("INSERT INTO DomainEventEntry (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.values().toArray());
        }
    }

    /**
     * The forged row takes a negative global index: below every processor's token and never in a token's gaps, so
     * no processor of the running stack (the chain processor included) ever handles it, as with a row slipped in
     * between old ones.
     */
    @Test
    void anInsertedEventIsReportedInsertedAtThatEvent() {
        String model = answerEvents("insert").get(0);
        String forged = UUID.randomUUID().toString();
        long globalIndex = -1 - Math.abs((long) forged.hashCode());
        try {
            store.update("INSERT INTO DomainEventEntry (" + EVENT_COLUMNS + ") SELECT ?, aggregateIdentifier, "
                    + "sequenceNumber + 1000000, type, ?, metaData, payload, payloadRevision, payloadType, timeStamp "
                    + "FROM DomainEventEntry WHERE eventIdentifier = ?", globalIndex, forged, model);

            assertThat(firstFinding(verifyStore(), student("insert"))).isEqualTo(tuple("INSERTED", forged));
            assertThat(firstFinding(verifyStore(), null)).isEqualTo(tuple("INSERTED", forged));
        } finally {
            store.update("DELETE FROM DomainEventEntry WHERE eventIdentifier = ?", forged);
        }
    }

    @Test
    void twoSwappedEventsAreReportedReorderedAtTheFirstOfThem() {
        List<String> answers = answerEvents("reorder");
        String first = answers.get(0);
        String second = answers.get(2);
        long firstIndex = globalIndex(first);
        long secondIndex = globalIndex(second);
        try {
            swap(first, secondIndex, second, firstIndex);

            assertThat(firstFinding(verifyStore(), student("reorder"))).isEqualTo(tuple("REORDERED", first));
            assertThat(firstFinding(verifyStore(), null)).isEqualTo(tuple("REORDERED", first));
            assertThat(commandLine("--student=" + student("reorder"))).isEqualTo(1);
        } finally {
            swap(first, firstIndex, second, secondIndex);
        }
        assertThat(commandLine("--student=" + student("reorder"))).isEqualTo(0);
    }

    @Test
    void aCheckpointWithAForgedSignatureIsReported() {
        byte[] signature = store.queryForObject("SELECT signature FROM tamper_checkpoint WHERE checkpoint_no = 1",
                byte[].class);
        byte[] forged = signature.clone();
        forged[0] ^= 1;
        try {
            store.update("UPDATE tamper_checkpoint SET signature = ? WHERE checkpoint_no = 1", (Object) forged);

            assertThat(StreamSupport.stream(verifyStore().get("findings").spliterator(), false)
                    .map(finding -> finding.get("kind").asText())).containsExactly("CHECKPOINT_INVALID");
            assertThat(commandLine()).isEqualTo(1);
        } finally {
            store.update("UPDATE tamper_checkpoint SET signature = ? WHERE checkpoint_no = 1", (Object) signature);
        }
    }

    @Test
    void onlyTheStudentsParentsAndAdminsMayVerifyTheStudent() {
        Http.Reply otherParent = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student("edit")
                + "/verification", stack.issuer.token(parent("delete"), "PARENT"), Map.of());
        Http.Reply adminReply = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student("edit")
                + "/verification", admin, Map.of());
        Http.Reply parentOnStore = Http.get(stack.apps.queryUrl() + "/api/v1/admin/verification",
                stack.issuer.token(parent("edit"), "PARENT"), Map.of());

        assertThat(otherParent.status()).isEqualTo(403);
        assertThat(otherParent.header("Content-Type")).startsWith("application/problem+json");
        assertThat(parentOnStore.status()).isEqualTo(403);
        assertThat(adminReply.status()).isEqualTo(200);
        assertThat(verifyStudent("edit", stack.issuer.token(parent("edit"), "PARENT")).get("headHash").asText())
                .hasSize(64);
    }

    private static String student(String kind) {
        return "te-" + kind + "-" + suffix;
    }

    private static String parent(String kind) {
        return "te-parent-" + kind + "-" + suffix;
    }

    private static List<String> linked(String kind) {
        return store.queryForList("SELECT event_id FROM tamper_chain_link WHERE chain_id = ? ORDER BY position",
                String.class, student(kind));
    }

    /** The student's practice answers, in the order the chain linked them. */
    private static List<String> answerEvents(String kind) {
        return store.queryForList("SELECT l.event_id FROM tamper_chain_link l JOIN DomainEventEntry e "
                + "ON e.eventIdentifier = l.event_id WHERE l.chain_id = ? AND e.payloadType LIKE "
                + "'%PracticeAnswerRecorded' ORDER BY l.position", String.class, student(kind));
    }

    private static long globalIndex(String eventId) {
        return store.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?", Long.class,
                eventId);
    }

    /** Moves the first event to {@code firstTo} and the second to {@code secondTo}, one of them freeing the other's. */
    private static void swap(String first, long firstTo, String second, long secondTo) {
        store.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE eventIdentifier = ?", Long.MIN_VALUE, first);
        store.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE eventIdentifier = ?", secondTo, second);
        store.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE eventIdentifier = ?", firstTo, first);
    }

    private static JsonNode verifyStore() {
        return read(Http.get(stack.apps.queryUrl() + "/api/v1/admin/verification", admin, Map.of()));
    }

    private static JsonNode verifyStudent(String kind, String token) {
        return read(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student(kind) + "/verification", token,
                Map.of()));
    }

    /** Kind and event of the finding on the student's chain, or on the store chain for {@code null}. */
    private static org.assertj.core.groups.Tuple firstFinding(JsonNode report, String studentId) {
        for (JsonNode finding : report.get("findings")) {
            JsonNode student = finding.get("studentId");
            boolean storeChain = student == null || student.isNull();
            if (studentId == null ? storeChain : !storeChain && studentId.equals(student.asText())) {
                return tuple(finding.get("kind").asText(), finding.get("eventId").asText());
            }
        }
        return tuple("no finding in " + report, null);
    }

    private static int commandLine(String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "--url=" + stack.postgres.jdbcUrl();
        args[1] = "--password=postgres";
        args[2] = "--verify-key=" + stack.apps.querySide().getEnvironment().getProperty("daftar.trust.verify-key");
        System.arraycopy(more, 0, args, 3, more.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            return VerifyStore.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
