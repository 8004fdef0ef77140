package uz.daftar.platform.trust;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A receipt a parent can keep for one event of their child: the stored event exactly as hashed, its link in the
 * child's chain, and a proof that folds the store chain from the event up to a signed checkpoint. Checkable offline
 * with the public key only ({@link ReceiptVerifier}, {@code VerifyReceipt}, docs/RECEIPTS.md). Hashes are hex,
 * bytes and the signature base64.
 *
 * @param format      {@link #FORMAT}
 * @param studentId   the child whose chain links the event
 * @param event       the stored row
 * @param studentLink the event's link in the child's chain
 * @param proof       the event's link in the store chain and every store link after it up to the checkpoint
 * @param checkpoint  the smallest signed checkpoint that covers the event
 * @param verifyKey   the key the checkpoint verifies with (a verifier compares it with the key it trusts)
 */
public record Receipt(String format, String studentId, Event event, StudentLink studentLink, Proof proof,
                      SignedCheckpoint checkpoint, VerifyKey verifyKey) {

    public static final String FORMAT = "daftar-receipt-v1";

    /**
     * The row of {@code DomainEventEntry}: every field {@link StoredEvent#hash()} hashes, payload and metadata as
     * base64 of the stored bytes, the global index the links carry, the event hash (hex), and the payload decoded
     * for reading (the payload bytes parsed as JSON; a verifier checks it is exactly that, or it may be left out).
     */
    public record Event(long globalIndex, String eventId, String payloadType, String payloadRevision, String type,
                        String aggregateId, long sequenceNumber, String timestamp, String payload, String metaData,
                        String eventHash, JsonNode decodedPayload) {
    }

    /** The event's link in the child's chain; {@code previousChainHash} is 64 zeros for the first link. */
    public record StudentLink(String chainId, long position, String previousChainHash, String chainHash) {
    }

    /**
     * The event's link in the store chain ({@code position}, {@code globalIndex}, the chain hash before it) and the
     * store links after it up to the checkpoint's position, in order.
     */
    public record Proof(long position, long globalIndex, String previousChainHash, List<Step> following) {
    }

    /** One store-chain link after the event's: its global index and event hash. */
    public record Step(long globalIndex, String eventHash) {
    }

    /** A checkpoint as signed, the signature base64. */
    public record SignedCheckpoint(long number, long position, long globalIndex, String chainHash, String signature) {
    }

    /** The Ed25519 public key, X.509 base64, and its fingerprint: hex SHA-256 of the X.509 bytes. */
    public record VerifyKey(String algorithm, String key, String fingerprint) {
    }
}
