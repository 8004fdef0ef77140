package uz.daftar.platform.trust;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A signed statement that the store chain had {@code chainHash} at {@code position} (the link of the event at
 * {@code globalIndex}). Checkpoint n is taken at position n × {@code daftar.trust.checkpoint-every}, so its content
 * depends on the linked events only, never on when it was computed; Ed25519 signatures are deterministic too.
 */
public record Checkpoint(long number, long position, long globalIndex, byte[] chainHash, byte[] signature) {

    private static final byte[] DOMAIN = "daftar-checkpoint-v1".getBytes(StandardCharsets.US_ASCII);

    /** What is signed: a domain tag, the three numbers as 8 bytes each, the 32-byte chain hash. */
    public static byte[] signedBytes(long number, long position, long globalIndex, byte[] chainHash) {
        return ByteBuffer.allocate(DOMAIN.length + 3 * Long.BYTES + chainHash.length)
                .put(DOMAIN).putLong(number).putLong(position).putLong(globalIndex).put(chainHash).array();
    }

    byte[] signedBytes() {
        return signedBytes(number, position, globalIndex, chainHash);
    }
}
