package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.platform.trust.TamperChain;
import uz.daftar.platform.trust.VerifyReceipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Receipts against the real stack: a fresh student answers one question (and is paid a coin for it); once a signed
 * checkpoint covers the answer (the test stack signs one every 50 store links; other students are registered until
 * one does), the parent fetches receipts for the answer and for the coin's ledger entry, and checks them with the
 * command line and the API. Then the answer's row is edited in {@code DomainEventEntry} as someone with database
 * access would: the old receipt still verifies offline, but the API reports that the store no longer holds the event,
 * and no new receipt is issued. The row is put back in a {@code finally}, as in {@link TamperEvidenceIT}, so the
 * other tests of the shared stack read the untouched store.
 */
class ReceiptIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> POLICIES = List.of("progress-policy", "coin-policy");

    static TestStack stack;
    static JdbcTemplate store;
    static Http.Target api;
    static String admin;
    static String student;
    static String parent;
    static String answer;
    static String verifyKey;
    static Http.Reply firstAsk;

    @TempDir
    Path dir;

    @BeforeAll
    static void aStudentsAnswerCoveredByASignedCheckpoint() {
        stack = TestStack.get();
        store = stack.apps.querySide().getBean(JdbcTemplate.class);
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("receipt-admin", "ADMIN");
        verifyKey = stack.apps.querySide().getEnvironment().getProperty("daftar.trust.verify-key");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        student = "rc-kid-" + suffix;
        parent = "rc-parent-" + suffix;
        register(student);
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                "{\"guardianId\":\"" + parent + "\"}");
        String answerId = "rc-a-" + student;
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), answerId, """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q1",\
                "skill":"math.add-10","givenAnswer":"7","correct":true,"timeTakenMillis":4000,"answeredAt":"%s"}"""
                .formatted(answerId, student, student, Instant.now().minusSeconds(30)));
        awaitLinked();
        answer = store.queryForObject("SELECT l.event_id FROM tamper_chain_link l JOIN DomainEventEntry e "
                + "ON e.eventIdentifier = l.event_id WHERE l.chain_id = ? AND e.payloadType LIKE "
                + "'%PracticeAnswerRecorded'", String.class, student);
        firstAsk = receipt(student, answer, parentToken());
        // the coins the answer earned (the ledger entry below) follow it in the chain: cover those too
        await().atMost(Duration.ofMinutes(2)).until(() -> store.queryForObject("SELECT COUNT(*) FROM "
                + "tamper_chain_link l JOIN DomainEventEntry e ON e.eventIdentifier = l.event_id "
                + "WHERE l.chain_id = ? AND e.payloadType LIKE '%CoinsAwarded'", Long.class, student) > 0);
        for (int filler = 0; covering(answer) == null || covering(newestOf(student)) == null; filler++) {
            assertThat(filler).as("a checkpoint every 50 links covers the student's events").isLessThan(60);
            register("rc-fill-" + suffix + "-" + filler);
            awaitLinked();
        }
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(2));
    }

    @Test
    void beforeASignedCheckpointCoversTheEventThereIsNoReceiptYet() {
        assertThat(firstAsk.status()).as(firstAsk.body()).isIn(200, 409);
        if (firstAsk.status() == 409) {
            assertThat(firstAsk.header("Content-Type")).startsWith("application/problem+json");
            assertThat(firstAsk.header("Retry-After")).isNotBlank();
            assertThat(firstAsk.body()).contains("Not yet covered");
        }
    }

    @Test
    void theParentsReceiptVerifiesOfflineAndAgainstTheStore() throws IOException {
        Http.Reply reply = receipt(student, answer, parentToken());
        JsonNode receipt = read(reply);

        assertThat(receipt.get("format").asText()).isEqualTo("daftar-receipt-v1");
        assertThat(receipt.at("/event/decodedPayload/answerId").asText()).isEqualTo("rc-a-" + student);
        assertThat(receipt.at("/checkpoint/number").asLong()).isEqualTo(covering(answer));
        assertThat(commandLine(reply.body())).isEqualTo(0);
        JsonNode report = verify(reply.body(), parentToken());
        assertThat(report.at("/receipt/valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.at("/store/unchanged").asBoolean()).as(report.toString()).isTrue();
    }

    @Test
    void aLedgerEntryHasTheReceiptOfTheEventThatRecordedIt() throws IOException {
        JsonNode ledger = read(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/ledger",
                parentToken(), Map.of()));
        String entryId = ledger.at("/entries/0/entryId").asText();

        Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/receipts/ledger/"
                + entryId, parentToken(), Map.of());
        JsonNode receipt = read(reply);

        assertThat(receipt.at("/event/payloadType").asText()).endsWith("CoinsAwarded");
        assertThat(receipt.at("/event/decodedPayload/entryId").asText()).isEqualTo(entryId);
        assertThat(commandLine(reply.body())).isEqualTo(0);
    }

    @Test
    void afterTheEventIsEditedTheStoreNoLongerMatchesAndNoReceiptIsIssued() throws IOException {
        String kept = receipt(student, answer, parentToken()).body();
        byte[] original = store.queryForObject("SELECT payload FROM DomainEventEntry WHERE eventIdentifier = ?",
                byte[].class, answer);
        try {
            assertThat(store.update("UPDATE DomainEventEntry SET payload = convert_to(replace(convert_from(payload, "
                    + "'UTF8'), '\"givenAnswer\":\"7\"', '\"givenAnswer\":\"8\"'), 'UTF8') WHERE eventIdentifier = ?",
                    answer)).isEqualTo(1);

            JsonNode report = verify(kept, parentToken());
            assertThat(report.at("/receipt/valid").asBoolean()).as("the kept receipt still proves what was signed")
                    .isTrue();
            assertThat(report.at("/store/unchanged").asBoolean()).isFalse();
            assertThat(report.at("/store/kind").asText()).isEqualTo("EDITED");
            Http.Reply refused = receipt(student, answer, parentToken());
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("no longer");
            assertThat(commandLine(kept.replace("\"givenAnswer\":\"7\"", "\"givenAnswer\":\"8\"")))
                    .as("the readable payload must be the payload's").isEqualTo(1);
            assertThat(commandLine(withPayload(kept, store.queryForObject("SELECT payload FROM DomainEventEntry "
                    + "WHERE eventIdentifier = ?", byte[].class, answer)))).as("the edited row does not verify")
                    .isEqualTo(1);
        } finally {
            store.update("UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?", original, answer);
        }
        assertThat(receipt(student, answer, parentToken()).status()).isEqualTo(200);
    }

    @Test
    void onlyTheStudentsParentsTheStudentAndAdminsGetOrVerifyTheReceipt() {
        String stranger = stack.issuer.token("rc-stranger-" + student, "PARENT");
        Http.Reply strangerAsks = receipt(student, answer, stranger);
        Http.Reply strangerVerifies = Http.post(stack.apps.queryUrl() + "/api/v1/receipts/verification", stranger,
                receipt(student, answer, admin).body(), Map.of());
        Http.Reply otherStudentsEvent = receipt(student, someOtherStudentsEvent(), parentToken());
        Http.Reply unknownEvent = receipt(student, "no-such-event", parentToken());
        Http.Reply unknownEntry = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student
                + "/receipts/ledger/no-such-entry", parentToken(), Map.of());

        assertThat(strangerAsks.status()).isEqualTo(403);
        assertThat(strangerAsks.header("Content-Type")).startsWith("application/problem+json");
        assertThat(strangerVerifies.status()).isEqualTo(403);
        assertThat(otherStudentsEvent.status()).isEqualTo(404);
        assertThat(otherStudentsEvent.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownEvent.status()).isEqualTo(404);
        assertThat(unknownEntry.status()).isEqualTo(404);
        assertThat(receipt(student, answer, stack.issuer.token(student, "STUDENT")).status()).isEqualTo(200);
        assertThat(receipt(student, answer, admin).status()).isEqualTo(200);
    }

    private static void register(String id) {
        api.require(201, "/api/v1/students", admin, "register-" + id, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2017-03-03","language":"uz-Latn"}"""
                .formatted(id));
    }

    /** Until the chain processor and the policies have handled every stored event. */
    private static void awaitLinked() {
        ProcessorPositions policies = stack.apps.commandSide().getBean(ProcessorPositions.class);
        ProcessorPositions chain = stack.apps.querySide().getBean(ProcessorPositions.class);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            long head = store.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry", Long.class);
            return POLICIES.stream().allMatch(policy -> policies.watermark(policy).orElse(-1) >= head)
                    && chain.watermark(TamperChain.PROCESSING_GROUP).orElse(-1) >= head;
        });
    }

    /** The number of the smallest checkpoint that covers the event's store link, or {@code null}. */
    private static Long covering(String eventId) {
        return store.queryForList("SELECT min(c.checkpoint_no) FROM tamper_checkpoint c JOIN tamper_chain_link l "
                + "ON l.chain_id = '' AND l.event_id = ? AND c.position >= l.position", Long.class, eventId).get(0);
    }

    /** The student's newest event in their own chain, as far as the chain has linked. */
    private static String newestOf(String studentId) {
        return store.queryForObject("SELECT event_id FROM tamper_chain_link WHERE chain_id = ? "
                + "ORDER BY position DESC LIMIT 1", String.class, studentId);
    }

    private static String someOtherStudentsEvent() {
        return store.queryForObject("SELECT event_id FROM tamper_chain_link WHERE chain_id <> '' AND chain_id <> ? "
                + "LIMIT 1", String.class, student);
    }

    private static String parentToken() {
        return stack.issuer.token(parent, "PARENT");
    }

    private static Http.Reply receipt(String studentId, String eventId, String token) {
        return Http.get(stack.apps.queryUrl() + "/api/v1/students/" + studentId + "/receipts/events/" + eventId,
                token, Map.of());
    }

    private static JsonNode verify(String receipt, String token) {
        return read(Http.post(stack.apps.queryUrl() + "/api/v1/receipts/verification", token, receipt, Map.of()));
    }

    /** The receipt with the event's payload replaced (its readable copy removed). */
    private static String withPayload(String receipt, byte[] payload) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(receipt).get("event");
        event.put("payload", Base64.getEncoder().encodeToString(payload));
        event.remove("decodedPayload");
        ObjectNode node = (ObjectNode) JSON.readTree(receipt);
        node.set("event", event);
        return JSON.writeValueAsString(node);
    }

    /** {@code VerifyReceipt} on the receipt, written to a file, with the stack's public key: the exit code. */
    private int commandLine(String receipt) throws IOException {
        Path file = Files.writeString(dir.resolve(UUID.randomUUID() + ".json"), receipt);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyReceipt.run(new String[]{"--receipt=" + file, "--verify-key=" + verifyKey},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        System.out.println(out.toString(StandardCharsets.UTF_8));
        return exit;
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
