package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The coin ledger through HTTP: awards, spends, holds, reversals, adjustments, under concurrency and retries. */
class CoinsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("coins-admin", "ADMIN");
    }

    /** After every ledger test: double entry balances, no wallet below zero, every wallet agrees with its ledger. */
    @AfterAll
    static void theLedgerBalances() {
        LedgerInvariant.holds(stack);
    }

    @Test
    void aCorrectAnswerPaysOneCoinLinkedToTheAnswerAndItsRule() {
        String student = student();
        String answerId = "answer-" + suffix();
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), "k-" + answerId,
                answer(student, answerId));

        JsonNode ledger = awaitLedger(student, entries -> entries.size() == 1);

        JsonNode award = ledger.get("entries").get(0);
        assertThat(award.get("kind").asText()).isEqualTo("AWARD");
        assertThat(award.get("source").asText()).isEqualTo(answerId);
        assertThat(award.get("ruleVersion").asText()).isEqualTo("coins.practice-answer.v1");
        assertThat(award.get("debitAccount").asText()).isEqualTo("platform:issuance");
        assertThat(ledger.get("balance").asLong()).isEqualTo(1);
    }

    @Test
    void parallelSpendsAcceptExactlyWhatTheWalletAffordsAndNeverGoNegative() throws Exception {
        String student = student();
        adjust(student, 10);
        String token = stack.issuer.token(student, "STUDENT");

        List<Integer> statuses = parallel(30, i -> Http.post(stack.apps.commandUrl() + "/api/v1/coins/spends", token,
                spend(student, "spend-" + i, 1), Http.headers("Idempotency-Key", "spend-" + student + "-" + i))
                .status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 422).hasSize(20);
        assertThat(awaitLedger(student, entries -> entries.size() == 11).get("balance").asLong()).isZero();
    }

    @Test
    void theSameAnswerSentInParallelPaysOnce() throws Exception {
        String student = student();
        String answerId = "answer-" + suffix();
        String token = stack.issuer.token(student, "STUDENT");
        String body = answer(student, answerId);

        parallel(10, i -> Http.post(stack.apps.commandUrl() + "/api/v1/practice/answers", token, body,
                Http.headers("Idempotency-Key", "same-answer-" + i)).status());

        awaitLedger(student, entries -> entries.size() == 1);
        assertThat(eventsOf("wallet:" + student, "CoinsAwarded")).isEqualTo(1);
        assertThat(eventsOf("attempt:attempt-" + student, "PracticeAnswerRecorded")).isEqualTo(1);
    }

    @Test
    void theSameSpendRepeatedYieldsOneEventAndOneLedgerEntry() {
        String student = student();
        adjust(student, 5);
        String token = stack.issuer.token(student, "STUDENT");

        for (int i = 0; i < 5; i++) {
            api.require(200, "/api/v1/coins/spends", token, "one-spend-" + student, spend(student, "sticker", 2));
        }

        assertThat(eventsOf("wallet:" + student, "CoinsSpent")).isEqualTo(1);
        assertThat(awaitLedger(student, entries -> entries.size() == 2).get("balance").asLong()).isEqualTo(3);
    }

    @Test
    void aSpendBeyondTheBalanceIsRefusedAndAppendsNothing() {
        String student = student();
        long before = eventsOf("wallet:" + student, "%");

        Http.Reply reply = api.require(422, "/api/v1/coins/spends", stack.issuer.token(student, "STUDENT"),
                "too-much-" + student, spend(student, "bike", 1000));

        assertThat(reply.body()).contains("insufficient-coins");
        assertThat(eventsOf("wallet:" + student, "%")).isEqualTo(before);
    }

    @Test
    void anExpiredHoldReturnsItsCoinsByItsDeadline() {
        String student = student();
        adjust(student, 7);
        api.require(200, "/api/v1/coins/holds", admin, "hold-" + student, """
                {"holdId":"fee-1","studentId":"%s","amount":5,"purpose":"olympiad fee","expiresAt":"%s"}"""
                .formatted(student, Instant.now().plusSeconds(2)));

        JsonNode ledger = awaitLedger(student, entries -> entries.size() == 3);

        assertThat(ledger.get("entries").get(2).get("kind").asText()).isEqualTo("HOLD_EXPIRED");
        assertThat(ledger.get("balance").asLong()).isEqualTo(7);
        assertThat(ledger.get("held").asLong()).isZero();
    }

    @Test
    void aCapturedHoldIsSpentAndAReversedSpendComesBack() {
        String student = student();
        adjust(student, 9);
        api.require(200, "/api/v1/coins/holds", admin, "hold2-" + student, """
                {"holdId":"fee-2","studentId":"%s","amount":4,"purpose":"olympiad fee","expiresAt":"%s"}"""
                .formatted(student, Instant.now().plusSeconds(3600)));
        api.require(200, "/api/v1/coins/holds/fee-2/capture", admin, "capture-" + student,
                "{\"studentId\":\"" + student + "\"}");
        api.require(200, "/api/v1/coins/spends", stack.issuer.token(student, "STUDENT"), "s-" + student,
                spend(student, "mistake", 3));
        api.require(200, "/api/v1/coins/reversals", admin, "rev-" + student, """
                {"reversalId":"rev-1","studentId":"%s","entryId":"mistake","reason":"bought by accident"}"""
                .formatted(student));

        JsonNode ledger = awaitLedger(student, entries -> entries.size() == 5);

        assertThat(ledger.get("balance").asLong()).isEqualTo(5);
        JsonNode reversal = ledger.get("entries").get(4);
        assertThat(reversal.get("reversedEntryId").asText()).isEqualTo("mistake");
        assertThat(reversal.get("actorId").asText()).isEqualTo("coins-admin");
    }

    @Test
    void aParentReadsTheirChildsLedgerButNoOtherFamilysOne() throws Exception {
        String student = student();
        Http.Reply grant = api.require(200, "/api/v1/coins/adjustments", admin, "gift-" + student, """
                {"adjustmentId":"gift","studentId":"%s","amount":3,"reason":"welcome gift","evidence":"campaign-7"}"""
                .formatted(student));
        String position = JSON.readTree(grant.body()).get("position").asText();

        // the wait for the position is bounded (5 s); after heavy tests the ledger may need a few such waits
        Http.Reply[] own = new Http.Reply[1];
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            own[0] = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/ledger",
                    stack.issuer.token("parent-of-" + student, "PARENT"),
                    Http.headers("Daftar-Wait-For-Position", position));
            return own[0].status() != 404;
        });

        assertThat(own[0].status()).isEqualTo(200);
        assertThat(own[0].header("Daftar-Caught-Up")).isEqualTo("true");
        assertThat(JSON.readTree(own[0].body()).get("balance").asLong()).isEqualTo(3);
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/ledger",
                stack.issuer.token("another-parent", "PARENT"), Map.of()).status()).isEqualTo(403);
    }

    private static JsonNode awaitLedger(String student, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] ledger = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            ledger[0] = JSON.readTree(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/ledger",
                    admin, Map.of()).body());
            return ready.test(ledger[0].get("entries"));
        });
        return ledger[0];
    }

    private static void adjust(String student, long amount) {
        api.require(200, "/api/v1/coins/adjustments", admin, "adjust-" + student + "-" + amount, """
                {"adjustmentId":"grant-%d","studentId":"%s","amount":%d,"reason":"test grant","evidence":"ticket-1"}"""
                .formatted(amount, student, amount));
    }

    private static String spend(String student, String spendId, long amount) {
        return """
                {"spendId":"%s","studentId":"%s","amount":%d,"purpose":"shop"}""".formatted(spendId, student, amount);
    }

    private static String answer(String student, String answerId) {
        return """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q1",\
                "skill":"math.add-10","givenAnswer":"7","correct":true,"timeTakenMillis":3000,"answeredAt":"%s"}"""
                .formatted(answerId, student, student, Instant.now().minusSeconds(2));
    }

    private static String student() {
        String student = "coins-" + suffix();
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student));
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                "{\"guardianId\":\"parent-of-" + student + "\"}");
        return student;
    }

    private static long eventsOf(String stream, String typeSuffix) {
        return stack.apps.commandSide().getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                Long.class, stream, "%" + typeSuffix);
    }

    private static List<Integer> parallel(int n, java.util.function.IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, n).<Callable<Integer>>mapToObj(i -> () -> call.apply(i))
                    .toList();
            return pool.invokeAll(calls).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
