package uz.daftar.platform.trust;

import java.time.Instant;
import java.util.Base64;

/**
 * Where a student's history stood at a moment, in terms anyone can check (docs/decisions/0009): the student chain's
 * link at that moment and the signed checkpoint of the store chain that covers it.
 *
 * @param studentId        the chain
 * @param position         the link's position in the student's chain (1 for the first)
 * @param eventId          the event the link is for
 * @param globalIndex      its global index in the store
 * @param chainHash        hex chain hash of the link: the student's history up to here, in one value
 * @param recordedAt       when the store recorded the event
 * @param storePosition    the event's position in the store chain, null while the chain processor has not reached it
 * @param checkpoint       the first signed checkpoint at or after that position; null until one is taken
 * @param verifyKey        base64 X.509 public key that verifies the checkpoint's signature
 * @param verifyKeyFingerprint hex SHA-256 of the public key
 */
public record ChainAnchor(String studentId, long position, String eventId, long globalIndex, String chainHash,
                          Instant recordedAt, Long storePosition, SignedCheckpoint checkpoint, String verifyKey,
                          String verifyKeyFingerprint) {

    /**
     * A checkpoint as published: number, store-chain position and global index it signs, hex chain hash, base64
     * Ed25519 signature over {@link Checkpoint#signedBytes}.
     */
    public record SignedCheckpoint(long number, long position, long globalIndex, String chainHash, String signature) {

        static SignedCheckpoint of(Checkpoint checkpoint) {
            return new SignedCheckpoint(checkpoint.number(), checkpoint.position(), checkpoint.globalIndex(),
                    Hashes.hex(checkpoint.chainHash()),
                    Base64.getEncoder().encodeToString(checkpoint.signature()));
        }
    }
}
