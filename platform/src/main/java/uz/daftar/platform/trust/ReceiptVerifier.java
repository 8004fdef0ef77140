package uz.daftar.platform.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import static uz.daftar.platform.trust.ReceiptCheck.Problem.CHECKPOINT_SIGNATURE;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.DECODED_PAYLOAD;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.EVENT_HASH;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.FORMAT;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.KEY;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.PROOF_INCOMPLETE;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.PROOF_MISMATCH;
import static uz.daftar.platform.trust.ReceiptCheck.Problem.STUDENT_LINK;

/**
 * Checks a {@link Receipt} with nothing but the receipt and the public key one trusts: no database. The steps, in
 * order, are those of docs/RECEIPTS.md, computed with the same {@link StoredEvent#hash()}, {@link Hashes#link} and
 * {@link Checkpoint#signedBytes} as the chains themselves; the first that fails is the verdict.
 */
public final class ReceiptVerifier {

    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers equal by value, whichever node type a JSON reader chose (1.5 as double or decimal). */
    private static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private final CheckpointKeys trusted;

    /** A verifier that trusts the checkpoints signed for this public key (X.509, base64). */
    public ReceiptVerifier(String trustedVerifyKey) {
        this(CheckpointKeys.of(null, trustedVerifyKey));
    }

    public ReceiptVerifier(CheckpointKeys trusted) {
        this.trusted = trusted;
    }

    public ReceiptCheck verify(Receipt receipt) {
        String eventId = receipt == null || receipt.event() == null ? null : receipt.event().eventId();
        try {
            return check(receipt);
        } catch (MalformedReceipt | IllegalArgumentException malformed) {
            return ReceiptCheck.invalid(FORMAT, "the receipt is malformed: " + malformed.getMessage(), eventId);
        }
    }

    /** Decodes every field first (a malformed receipt is {@link ReceiptCheck.Problem#FORMAT}), then checks. */
    private ReceiptCheck check(Receipt receipt) {
        if (receipt == null || !Receipt.FORMAT.equals(receipt.format())) {
            throw new MalformedReceipt("format is not " + Receipt.FORMAT);
        }
        Receipt.Event event = required(receipt.event(), "event");
        String eventId = event.eventId();
        Receipt.SignedCheckpoint checkpoint = required(receipt.checkpoint(), "checkpoint");
        Receipt.StudentLink studentLink = required(receipt.studentLink(), "studentLink");
        Receipt.Proof proof = required(receipt.proof(), "proof");
        byte[] named = base64(required(receipt.verifyKey(), "verifyKey").key(), "verifyKey.key");
        byte[] checkpointHash = hash(checkpoint.chainHash(), "checkpoint.chainHash");
        byte[] signature = base64(checkpoint.signature(), "checkpoint.signature");
        StoredEvent stored = stored(event);
        byte[] eventHash = hash(event.eventHash(), "event.eventHash");
        byte[] previousInChain = hash(studentLink.previousChainHash(), "studentLink.previousChainHash");
        byte[] studentChainHash = hash(studentLink.chainHash(), "studentLink.chainHash");
        byte[] previousInStore = hash(proof.previousChainHash(), "proof.previousChainHash");
        List<byte[]> following = new ArrayList<>();
        for (Receipt.Step step : required(proof.following(), "proof.following")) {
            following.add(hash(required(step, "proof.following[]").eventHash(), "proof.following[].eventHash"));
        }

        if (!Arrays.equals(named, trusted.verifyKeyBytes())) {
            return ReceiptCheck.invalid(KEY, "the receipt was issued under verify key "
                    + Hashes.hex(Hashes.sha256(named)) + ", not under the trusted key " + trusted.fingerprint(),
                    eventId);
        }
        byte[] signed = Checkpoint.signedBytes(checkpoint.number(), checkpoint.position(), checkpoint.globalIndex(),
                checkpointHash);
        if (!trusted.verifies(signed, signature)) {
            return ReceiptCheck.invalid(CHECKPOINT_SIGNATURE, "the signature of checkpoint " + checkpoint.number()
                    + " does not verify with the trusted key", eventId);
        }
        if (!Arrays.equals(stored.hash(), eventHash)) {
            return ReceiptCheck.invalid(EVENT_HASH, "the event's fields do not hash to the receipt's event hash",
                    eventId);
        }
        if (event.decodedPayload() != null && !event.decodedPayload().equals(SAME_NUMBER, readable(stored.payload()))) {
            return ReceiptCheck.invalid(DECODED_PAYLOAD, "the readable payload is not what the payload bytes say",
                    eventId);
        }
        if (!Objects.equals(studentLink.chainId(), receipt.studentId()) || studentLink.position() < 1
                || studentLink.position() == 1 && !Arrays.equals(previousInChain, Hashes.GENESIS)) {
            return ReceiptCheck.invalid(STUDENT_LINK, "the link names another chain than the student's, or a first "
                    + "link that does not start from 32 zero bytes", eventId);
        }
        if (!Arrays.equals(Hashes.link(previousInChain, event.globalIndex(), eventHash), studentChainHash)) {
            return ReceiptCheck.invalid(STUDENT_LINK, "the chain hash of the link in the student's chain does not "
                    + "follow from its previous chain hash, the global index and the event hash", eventId);
        }
        if (proof.globalIndex() != event.globalIndex()) {
            return ReceiptCheck.invalid(PROOF_MISMATCH, "the store link's global index " + proof.globalIndex()
                    + " is not the event's " + event.globalIndex(), eventId);
        }
        if (proof.position() < 1 || proof.position() + following.size() != checkpoint.position()) {
            return ReceiptCheck.invalid(PROOF_INCOMPLETE, "the proof has " + following.size() + " links after "
                    + "position " + proof.position() + ", the checkpoint is at position " + checkpoint.position(),
                    eventId);
        }
        byte[] chain = Hashes.link(previousInStore, event.globalIndex(), eventHash);
        long last = event.globalIndex();
        for (int i = 0; i < following.size(); i++) {
            last = proof.following().get(i).globalIndex();
            chain = Hashes.link(chain, last, following.get(i));
        }
        if (last != checkpoint.globalIndex() || !Arrays.equals(chain, checkpointHash)) {
            return ReceiptCheck.invalid(PROOF_MISMATCH, "folding the proof does not give the chain hash that "
                    + "checkpoint " + checkpoint.number() + " signed", eventId);
        }
        return ReceiptCheck.valid(eventId, checkpoint.number());
    }

    /** The stored row the receipt describes, as {@link StoredEvent#hash()} reads it. */
    static StoredEvent stored(Receipt.Event event) {
        return new StoredEvent(event.globalIndex(), required(event.eventId(), "event.eventId"), event.aggregateId(),
                event.sequenceNumber(), event.type(), event.payloadType(), event.payloadRevision(), event.timestamp(),
                base64(required(event.payload(), "event.payload"), "event.payload"),
                event.metaData() == null ? null : base64(event.metaData(), "event.metaData"));
    }

    /** The payload bytes as JSON, or as text if they are not JSON: the receipt's {@code decodedPayload}. */
    static JsonNode readable(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException notJson) {
            return TextNode.valueOf(new String(payload, StandardCharsets.UTF_8));
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new MalformedReceipt(field + " is missing");
        }
        return value;
    }

    private static byte[] base64(String value, String field) {
        try {
            return Base64.getDecoder().decode(required(value, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedReceipt(field + " is not base64");
        }
    }

    private static byte[] hash(String value, String field) {
        try {
            byte[] hash = HEX.parseHex(required(value, field));
            if (hash.length != 32) {
                throw new MalformedReceipt(field + " is not 32 bytes");
            }
            return hash;
        } catch (IllegalArgumentException e) {
            throw new MalformedReceipt(field + " is not hex");
        }
    }

    private static final class MalformedReceipt extends RuntimeException {
        MalformedReceipt(String message) {
            super(message);
        }
    }
}
