package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coin disputes through HTTP: a family disputes, an admin takes the case, asks for evidence and decides; an upheld
 * case corrects the balance by one new entry linked to it, a rejected one shows the family the reason; crossed ids
 * and wrong roles are refused with nothing appended.
 */
class DisputesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("disputes-admin", "ADMIN");
    }

    @AfterAll
    static void theLedgerBalances() {
        LedgerInvariant.holds(stack);
    }

    @Test
    void anUpheldDisputeCreditsTheDecidedAmountOnceByANewEntryLinkedToTheCase() throws Exception {
        String student = student();
        String parent = stack.issuer.token(parentOf(student), "PARENT");
        String answerId = answer(student, 1);
        answer(student, 2);
        JsonNode disputed = awaitLedger(student, entries -> entries.size() == 2).get("entries").get(0);
        String entryId = disputed.get("entryId").asText();
        String dispute = "dsp-" + student;

        api.require(200, "/api/v1/disputes", parent, "open-" + dispute, open(dispute, student, entryId));
        api.require(200, "/api/v1/disputes/" + dispute + "/taking", admin, "take-" + dispute, "{}");
        api.require(200, "/api/v1/disputes/" + dispute + "/evidence-requests", admin, "ask-" + dispute,
                "{\"requestId\":\"q-1\",\"question\":\"Which quiz was it?\"}");
        api.require(200, "/api/v1/disputes/" + dispute + "/evidence", parent, "ev-" + dispute,
                "{\"evidenceId\":\"ev-1\",\"text\":\"The adding quiz, this morning.\",\"reference\":\"" + answerId
                        + "\"}");
        String decision = "{\"outcome\":\"UPHELD\",\"amount\":5,\"reason\":\"Paid too little for the quiz.\"}";
        Http.Reply upheld = api.require(200, "/api/v1/disputes/" + dispute + "/decision", admin, "decide-" + dispute,
                decision);
        // the same request retried gets the first answer; a second decision under a new key is refused
        Http.Reply retried = api.require(200, "/api/v1/disputes/" + dispute + "/decision", admin,
                "decide-" + dispute, decision);
        assertThat(retried.body()).isEqualTo(upheld.body());
        assertThat(api.require(409, "/api/v1/disputes/" + dispute + "/decision", admin, "decide-again-" + dispute,
                decision).body()).contains("dispute-closed");

        JsonNode ledger = awaitLedger(student, entries -> entries.size() == 3);
        JsonNode correction = ledger.get("entries").get(2);
        assertThat(ledger.get("balance").asLong()).isEqualTo(2 + 5);
        assertThat(correction.get("entryId").asText()).isEqualTo("dispute:" + dispute);
        assertThat(correction.get("kind").asText()).isEqualTo("ADJUSTMENT");
        assertThat(correction.get("walletDelta").asLong()).isEqualTo(5);
        assertThat(correction.get("source").asText()).isEqualTo("dispute:" + dispute);
        assertThat(correction.get("reason").asText()).contains(dispute).contains("Paid too little");
        assertThat(disputed.get("entryId").asText()).isEqualTo(ledger.get("entries").get(0).get("entryId").asText());
        assertThat(eventsOf("wallet:" + student, "CoinsAdjusted")).isEqualTo(1);
        assertThat(eventsOf("dispute:" + dispute, "DisputeUpheld")).isEqualTo(1);

        JsonNode seenByFamily = QueryReads.json(stack, "/api/v1/disputes/" + dispute, parent,
                QueryReads.positionOf(upheld));
        assertThat(seenByFamily.get("status").asText()).isEqualTo("UPHELD");
        assertThat(seenByFamily.get("amount").asLong()).isEqualTo(5);
        assertThat(seenByFamily.get("correctionEntryId").asText()).isEqualTo("dispute:" + dispute);
        assertThat(seenByFamily.hasNonNull("takenBy")).isFalse();
        assertThat(kinds(seenByFamily.get("steps"))).containsExactly("OPENED", "TAKEN", "EVIDENCE_REQUESTED",
                "EVIDENCE_ADDED", "UPHELD");
        assertThat(seenByFamily.get("steps").get(1).get("actor").asText()).isEqualTo("admin");

        JsonNode provenance = QueryReads.json(stack, "/api/v1/disputes/" + dispute + "/provenance", admin,
                QueryReads.positionOf(upheld));
        assertThat(provenance.get("entry").get("entryId").asText()).isEqualTo(entryId);
        assertThat(provenance.get("sourceEventId").asText()).isEqualTo(answerId);
        assertThat(provenance.get("ruleVersion").asText()).isEqualTo("coins.practice-answer.v1");
        assertThat(kinds(provenance.get("relatedEvents"))).contains("PracticeAnswerRecorded", "CoinsAwarded");
        assertThat(provenance.get("ledgerAround")).hasSize(2);
        assertThat(provenance.get("dispute").get("takenBy").asText()).isEqualTo("disputes-admin");

        JsonNode queue = QueryReads.json(stack, "/api/v1/disputes?status=UPHELD", admin,
                QueryReads.positionOf(upheld));
        assertThat(queue.findValuesAsText("disputeId")).contains(dispute);
    }

    @Test
    void aRejectedDisputeShowsTheFamilyTheReasonAndMovesNoCoins() {
        String student = student();
        String self = stack.issuer.token(student, "STUDENT");
        answer(student, 1);
        awaitLedger(student, entries -> entries.size() == 1);
        String dispute = "dsp-r-" + student;

        api.require(200, "/api/v1/disputes", self, "open-" + dispute, """
                {"disputeId":"%s","studentId":"%s","sourceEventId":"answer-never-paid","statement":"No coins."}"""
                .formatted(dispute, student));
        String rejection = "{\"outcome\":\"REJECTED\",\"reason\":\"That answer was not correct.\"}";
        assertThat(api.require(409, "/api/v1/disputes/" + dispute + "/decision", admin, "early-" + dispute,
                rejection).body()).contains("dispute-not-taken");
        api.require(200, "/api/v1/disputes/" + dispute + "/taking", admin, "take-" + dispute, "{}");
        Http.Reply rejected = api.require(200, "/api/v1/disputes/" + dispute + "/decision", admin,
                "decide-" + dispute, rejection);

        JsonNode seenByParent = QueryReads.json(stack, "/api/v1/disputes/" + dispute,
                stack.issuer.token(parentOf(student), "PARENT"), QueryReads.positionOf(rejected));
        assertThat(seenByParent.get("status").asText()).isEqualTo("REJECTED");
        assertThat(seenByParent.get("reason").asText()).isEqualTo("That answer was not correct.");
        assertThat(seenByParent.get("sourceEventId").asText()).isEqualTo("answer-never-paid");
        assertThat(QueryReads.json(stack, "/api/v1/disputes/" + dispute, self, QueryReads.positionOf(rejected))
                .get("status").asText()).isEqualTo("REJECTED");
        JsonNode ledger = QueryReads.json(stack, "/api/v1/students/" + student + "/ledger", admin,
                QueryReads.positionOf(rejected));
        assertThat(ledger.get("balance").asLong()).isEqualTo(1);
        assertThat(ledger.get("entries")).hasSize(1);

        // and the operator audit has who took and decided it, and why
        JsonNode audit = QueryReads.json(stack, "/api/v1/admin/audit?target=dispute/" + dispute, admin,
                QueryReads.positionOf(rejected));
        assertThat(audit.get("entries")).hasSize(2);
        JsonNode decision = audit.get("entries").get(0);
        assertThat(decision.get("action").asText()).isEqualTo("DISPUTE_REJECTED");
        assertThat(decision.get("operatorId").asText()).isEqualTo("disputes-admin");
        assertThat(decision.get("reason").asText()).isEqualTo("That answer was not correct.");
        assertThat(decision.get("outcome").asText()).isEqualTo("rejected");
        assertThat(audit.get("entries").get(1).get("action").asText()).isEqualTo("DISPUTE_TAKEN");
        assertThat(QueryReads.json(stack, "/api/v1/admin/audit?operator=disputes-admin&action=DISPUTE_REJECTED&limit=500",
                admin).findValuesAsText("target")).contains("dispute/" + dispute);
    }

    @Test
    void anUpheldReversalGivesBackAWrongSpendButNotWhatTheWalletNoLongerHolds() {
        String student = student();
        String parent = stack.issuer.token(parentOf(student), "PARENT");
        answer(student, 1);
        answer(student, 2);
        String award = awaitLedger(student, entries -> entries.size() == 2).get("entries").get(0).get("entryId")
                .asText();
        api.require(200, "/api/v1/coins/spends", stack.issuer.token(student, "STUDENT"), "spend-" + student,
                "{\"spendId\":\"oops\",\"studentId\":\"" + student + "\",\"amount\":2,\"purpose\":\"shop\"}");
        String reversal = "{\"outcome\":\"UPHELD\",\"correction\":\"REVERSAL\",\"reason\":\"Bought by mistake.\"}";

        // the award's coins were spent: reversing it would take the wallet below zero, so the case stays undecided
        String onAward = "dsp-a-" + student;
        api.require(200, "/api/v1/disputes", parent, "open-" + onAward, open(onAward, student, award));
        api.require(200, "/api/v1/disputes/" + onAward + "/taking", admin, "take-" + onAward, "{}");
        assertThat(api.require(422, "/api/v1/disputes/" + onAward + "/decision", admin, "decide-" + onAward,
                reversal).body()).contains("insufficient-coins");
        assertThat(eventsOf("dispute:" + onAward, "DisputeUpheld")).isZero();

        String onSpend = "dsp-s-" + student;
        api.require(200, "/api/v1/disputes", parent, "open-" + onSpend, open(onSpend, student, "oops"));
        api.require(200, "/api/v1/disputes/" + onSpend + "/taking", admin, "take-" + onSpend, "{}");
        api.require(200, "/api/v1/disputes/" + onSpend + "/decision", admin, "decide-" + onSpend, reversal);

        JsonNode ledger = awaitLedger(student, entries -> entries.size() == 4);
        JsonNode correction = ledger.get("entries").get(3);
        assertThat(ledger.get("balance").asLong()).isEqualTo(2);
        assertThat(correction.get("entryId").asText()).isEqualTo("dispute:" + onSpend);
        assertThat(correction.get("reversedEntryId").asText()).isEqualTo("oops");
        assertThat(correction.get("reason").asText()).contains(onSpend);
    }

    @Test
    void crossedIdsWrongRolesAndBadRequestsAreRefusedWithNothingAppended() {
        String student = student();
        String other = student();
        String parent = stack.issuer.token(parentOf(student), "PARENT");
        String otherParent = stack.issuer.token(parentOf(other), "PARENT");
        answer(student, 1);
        String entryId = awaitLedger(student, entries -> entries.size() == 1).get("entries").get(0).get("entryId")
                .asText();
        String refused = "dsp-x-" + student;

        // crossed ids: another family's parent, another student
        assertThat(api.require(403, "/api/v1/disputes", otherParent, "x1-" + refused,
                open(refused, student, entryId)).body()).contains("not-a-guardian");
        api.require(403, "/api/v1/disputes", stack.issuer.token(other, "STUDENT"), "x2-" + refused,
                open(refused, student, entryId));
        // wrong roles
        api.require(403, "/api/v1/disputes", stack.issuer.token("teacher-1", "TEACHER"), "x3-" + refused,
                open(refused, student, entryId));
        api.require(403, "/api/v1/disputes", admin, "x4-" + refused, open(refused, student, entryId));
        // an entry that is not in the student's wallet (the other student's, or none at all)
        assertThat(api.require(404, "/api/v1/disputes", parent, "x5-" + refused, open(refused, student, "no-such"))
                .body()).contains("unknown-entry");
        // bad bodies
        api.require(400, "/api/v1/disputes", parent, "x6-" + refused, """
                {"disputeId":"%s","studentId":"%s","ledgerEntryId":"%s","sourceEventId":"a-1","statement":"x"}"""
                .formatted(refused, student, entryId));
        api.require(400, "/api/v1/disputes", parent, "x7-" + refused, "{\"disputeId\":\"" + refused + "\"}");
        assertThat(eventsOf("dispute:" + refused, "%")).isZero();

        String dispute = "dsp-y-" + student;
        Http.Reply opened = api.require(200, "/api/v1/disputes", parent, "open-" + dispute,
                open(dispute, student, entryId));
        assertThat(api.require(409, "/api/v1/disputes", parent, "again-" + dispute,
                open("dsp-z-" + student, student, entryId)).body()).contains("dispute-open");
        api.require(403, "/api/v1/disputes/" + dispute + "/taking", parent, "p-take-" + dispute, "{}");
        api.require(403, "/api/v1/disputes/" + dispute + "/decision", parent, "p-decide-" + dispute,
                "{\"outcome\":\"UPHELD\",\"amount\":100,\"reason\":\"I say so.\"}");
        assertThat(api.require(403, "/api/v1/disputes/" + dispute + "/evidence", otherParent, "o-ev-" + dispute,
                "{\"evidenceId\":\"ev-1\",\"text\":\"Me too.\"}").body()).contains("not-a-guardian");
        assertThat(api.require(403, "/api/v1/disputes/" + dispute + "/evidence", stack.issuer.token(other, "STUDENT"),
                "s-ev-" + dispute, "{\"evidenceId\":\"ev-1\",\"text\":\"Me too.\"}").body()).contains("not-a-party");
        api.require(200, "/api/v1/disputes/" + dispute + "/taking", admin, "take-" + dispute, "{}");
        api.require(400, "/api/v1/disputes/" + dispute + "/decision", admin, "bad-" + dispute,
                "{\"outcome\":\"REJECTED\",\"amount\":3,\"reason\":\"No.\"}");
        api.require(400, "/api/v1/disputes/" + dispute + "/decision", admin, "bad2-" + dispute,
                "{\"outcome\":\"MAYBE\",\"reason\":\"No.\"}");
        api.require(404, "/api/v1/disputes/dsp-nobody/taking", admin, "nobody-" + dispute, "{}");
        assertThat(eventsOf("dispute:" + dispute, "%")).isEqualTo(2);
        // the child's other linked parent answers too
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link2-" + student,
                "{\"guardianId\":\"second-" + parentOf(student) + "\"}");
        api.require(200, "/api/v1/disputes/" + dispute + "/evidence",
                stack.issuer.token("second-" + parentOf(student), "PARENT"), "p2-ev-" + dispute,
                "{\"evidenceId\":\"ev-2\",\"text\":\"I saw it too.\"}");
        assertThat(eventsOf("dispute:" + dispute, "EvidenceAdded")).isEqualTo(1);

        String position = QueryReads.positionOf(opened);
        QueryReads.json(stack, "/api/v1/disputes/" + dispute, parent, position);
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/disputes/" + dispute, otherParent, Map.of()).status())
                .isEqualTo(403);
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/disputes/" + dispute, stack.issuer.token(other,
                "STUDENT"), Map.of()).status()).isEqualTo(403);
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/disputes/" + dispute + "/provenance", parent, Map.of())
                .status()).isEqualTo(403);
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/disputes?status=OPEN", parent, Map.of()).status())
                .isEqualTo(403);
    }

    private static String open(String disputeId, String student, String entryId) {
        return """
                {"disputeId":"%s","studentId":"%s","ledgerEntryId":"%s","statement":"Too few coins for this."}"""
                .formatted(disputeId, student, entryId);
    }

    /** A correct answer of the student, which pays one coin; returns the answer id. */
    private static String answer(String student, int n) {
        String answerId = "answer-" + n + "-" + student;
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), "k-" + answerId, """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q%d",\
                "skill":"math.add-10","givenAnswer":"7","correct":true,"timeTakenMillis":3000,"answeredAt":"%s"}"""
                .formatted(answerId, student, student, n, Instant.now().minusSeconds(10 - n)));
        return answerId;
    }

    private static JsonNode awaitLedger(String student, Predicate<JsonNode> ready) {
        JsonNode[] ledger = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            ledger[0] = JSON.readTree(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/ledger",
                    admin, Map.of()).body());
            return ready.test(ledger[0].get("entries"));
        });
        return ledger[0];
    }

    private static List<String> kinds(JsonNode items) {
        List<String> kinds = new ArrayList<>();
        items.forEach(item -> kinds.add(item.get("kind").asText()));
        return kinds;
    }

    private static String parentOf(String student) {
        return "parent-of-" + student;
    }

    private static String student() {
        String student = "disp-" + UUID.randomUUID().toString().substring(0, 8);
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student));
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                "{\"guardianId\":\"" + parentOf(student) + "\"}");
        return student;
    }

    private static long eventsOf(String stream, String typeSuffix) {
        return stack.apps.commandSide().getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                Long.class, stream, "%" + typeSuffix);
    }
}
