package uz.daftar.platform.trust;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 and the one rule that links an event into a chain. */
public final class Hashes {

    /** The chain hash before the first link of every chain. */
    public static final byte[] GENESIS = new byte[32];

    private Hashes() {
    }

    public static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** {@code SHA-256(previous chain hash || global index as 8 bytes || event hash)}. */
    public static byte[] link(byte[] previous, long globalIndex, byte[] eventHash) {
        MessageDigest digest = digest();
        digest.update(previous);
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(globalIndex).array());
        digest.update(eventHash);
        return digest.digest();
    }

    public static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return text.toString();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
