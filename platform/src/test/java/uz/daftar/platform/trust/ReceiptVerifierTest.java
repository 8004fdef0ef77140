package uz.daftar.platform.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.CHECKPOINT_SIGNATURE;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.EVENT_HASH;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.FORMAT;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.KEY;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.PROOF_INCOMPLETE;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.PROOF_MISMATCH;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.STUDENT_LINK;
import static uz.daftar.platform.trust.TrustEvents.guardianLinked;

/**
 * A receipt for the first of ali's events (global index 10, store position 1), proven by checkpoint 1 at store
 * position 4, checked offline; then each part of it is changed as someone forging or trimming a receipt would.
 */
class ReceiptVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PAIR = CheckpointKeys.generate();
    private static final CheckpointKeys KEYS = CheckpointKeys.of(PAIR[0], PAIR[1]);

    private final ReceiptVerifier verifier = new ReceiptVerifier(PAIR[1]);
    private Receipt receipt;

    @BeforeEach
    void aReceiptForAlisFirstEvent() {
        InMemoryTamperRecords records = ReceiptsTest.sixLinkedEvents(KEYS, 4);
        receipt = ReceiptsTest.receipts(records, PAIR[1]).issue("ali", "e1").receipt();
    }

    @Test
    void anUntouchedReceiptIsValid() {
        ReceiptCheck check = verifier.verify(receipt);

        assertThat(check.valid()).as(check.reason()).isTrue();
        assertThat(check.eventId()).isEqualTo("e1");
        assertThat(receipt.proof().following()).hasSize(3);
    }

    @Test
    void aChangedPayloadByteDoesNotHashToTheEventHash() {
        byte[] payload = Base64.getDecoder().decode(receipt.event().payload());
        payload[payload.length / 2] ^= 1;

        assertThat(problem(node -> ((ObjectNode) node.get("event"))
                .put("payload", Base64.getEncoder().encodeToString(payload)))).isEqualTo(EVENT_HASH);
    }

    @Test
    void aChangedEventHashIsNotTheHashOfTheEvent() {
        assertThat(problem(node -> ((ObjectNode) node.get("event")).put("eventHash", "00".repeat(32))))
                .isEqualTo(EVENT_HASH);
    }

    @Test
    void aChangedReadablePayloadIsNotWhatThePayloadSays() {
        assertThat(problem(node -> ((ObjectNode) node.at("/event/decodedPayload")).put("guardianId", "stranger")))
                .isEqualTo(ReceiptCheck.Problem.DECODED_PAYLOAD);
    }

    @Test
    void aReceiptWithoutTheReadablePayloadIsValid() {
        ObjectNode node = JSON.valueToTree(receipt);
        ((ObjectNode) node.get("event")).remove("decodedPayload");

        assertThat(verifier.verify(JSON.convertValue(node, Receipt.class)).valid()).isTrue();
    }

    @Test
    void aForgedEventWithItsOwnHashDoesNotFollowFromTheStudentsLink() {
        Receipt forged = forgedEvent();

        assertThat(verifier.verify(forged).problem()).isEqualTo(STUDENT_LINK);
    }

    @Test
    void aForgedEventWithARecomputedStudentLinkDoesNotFoldToTheCheckpoint() {
        Receipt forged = forgedEvent();
        byte[] hash = ReceiptVerifier.stored(forged.event()).hash();
        Receipt.StudentLink link = forged.studentLink();
        forged = new Receipt(forged.format(), forged.studentId(), forged.event(),
                new Receipt.StudentLink(link.chainId(), link.position(), link.previousChainHash(),
                        Hashes.hex(Hashes.link(Hashes.GENESIS, forged.event().globalIndex(), hash))),
                forged.proof(), forged.checkpoint(), forged.verifyKey());

        ReceiptCheck check = verifier.verify(forged);

        assertThat(check.problem()).isEqualTo(PROOF_MISMATCH);
        assertThat(check.reason()).contains("checkpoint 1");
    }

    @Test
    void proofLinksInAnotherOrderDoNotFoldToTheCheckpoint() {
        assertThat(problem(node -> {
            ArrayNode following = (ArrayNode) node.at("/proof/following");
            following.insert(0, following.remove(1));
        })).isEqualTo(PROOF_MISMATCH);
    }

    @Test
    void aDroppedProofLinkLeavesTheProofIncomplete() {
        assertThat(problem(node -> ((ArrayNode) node.at("/proof/following")).remove(1))).isEqualTo(PROOF_INCOMPLETE);
    }

    @Test
    void aDroppedProofLinkWithAShiftedPositionDoesNotFoldToTheCheckpoint() {
        assertThat(problem(node -> {
            ((ArrayNode) node.at("/proof/following")).remove(1);
            ((ObjectNode) node.get("proof")).put("position", receipt.proof().position() + 1);
        })).isEqualTo(PROOF_MISMATCH);
    }

    @Test
    void aChangedCheckpointSignatureDoesNotVerify() {
        byte[] signature = Base64.getDecoder().decode(receipt.checkpoint().signature());
        signature[0] ^= 1;

        assertThat(problem(node -> ((ObjectNode) node.get("checkpoint"))
                .put("signature", Base64.getEncoder().encodeToString(signature)))).isEqualTo(CHECKPOINT_SIGNATURE);
    }

    @Test
    void aCheckpointMovedToAnotherPositionDoesNotVerify() {
        assertThat(problem(node -> ((ObjectNode) node.get("checkpoint")).put("position", 3)))
                .isEqualTo(CHECKPOINT_SIGNATURE);
    }

    @Test
    void aVerifierThatTrustsAnotherKeyRejectsTheReceipt() {
        ReceiptCheck check = new ReceiptVerifier(CheckpointKeys.generate()[1]).verify(receipt);

        assertThat(check.problem()).isEqualTo(KEY);
        assertThat(check.reason()).contains(KEYS.fingerprint());
    }

    @Test
    void aReceiptReSignedWithAnotherKeyIsRejectedByTheTrustedKey() {
        String[] other = CheckpointKeys.generate();
        Receipt resigned = ReceiptsTest.receipts(ReceiptsTest.sixLinkedEvents(CheckpointKeys.of(other[0], other[1]),
                4), other[1]).issue("ali", "e1").receipt();

        assertThat(new ReceiptVerifier(other[1]).verify(resigned).valid()).isTrue();
        assertThat(verifier.verify(resigned).problem()).isEqualTo(KEY);
    }

    @Test
    void anotherFormatOrAMissingPartIsMalformed() {
        assertThat(problem(node -> node.put("format", "daftar-receipt-v0"))).isEqualTo(FORMAT);
        assertThat(problem(node -> node.remove("proof"))).isEqualTo(FORMAT);
        assertThat(problem(node -> ((ObjectNode) node.get("event")).put("eventHash", "not hex"))).isEqualTo(FORMAT);
    }

    /** The receipt as JSON, changed, read back and verified: the problem found. */
    private ReceiptCheck.Problem problem(Consumer<ObjectNode> change) {
        ObjectNode node = JSON.valueToTree(receipt);
        change.accept(node);
        ReceiptCheck check = verifier.verify(JSON.convertValue(node, Receipt.class));
        assertThat(check.valid()).as("a changed receipt must not verify").isFalse();
        return check.problem();
    }

    /** The receipt for another guardian's link, with the event hash of the forged payload. */
    private Receipt forgedEvent() {
        StoredEvent forgedRow = guardianLinked(10, "e1", "ali", 1);
        byte[] payload = new String(forgedRow.payload()).replace("parent-of-ali", "stranger").getBytes();
        Receipt.Event e = receipt.event();
        Receipt.Event event = new Receipt.Event(e.globalIndex(), e.eventId(), e.payloadType(), e.payloadRevision(),
                e.type(), e.aggregateId(), e.sequenceNumber(), e.timestamp(),
                Base64.getEncoder().encodeToString(payload), e.metaData(), null, null);
        String hash = Hashes.hex(ReceiptVerifier.stored(withHash(event, "00".repeat(32))).hash());
        return new Receipt(receipt.format(), receipt.studentId(), withHash(event, hash), receipt.studentLink(),
                receipt.proof(), receipt.checkpoint(), receipt.verifyKey());
    }

    private static Receipt.Event withHash(Receipt.Event e, String hash) {
        return new Receipt.Event(e.globalIndex(), e.eventId(), e.payloadType(), e.payloadRevision(), e.type(),
                e.aggregateId(), e.sequenceNumber(), e.timestamp(), e.payload(), e.metaData(), hash,
                e.decodedPayload());
    }
}
