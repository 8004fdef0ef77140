package uz.daftar.platform.trust;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One row of {@code DomainEventEntry}, as stored: the bytes the tamper evidence is computed from, never a
 * deserialized event, so that what is hashed is exactly what the store holds.
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateId, long sequenceNumber, String type,
                          String payloadType, String payloadRevision, String timestamp, byte[] payload,
                          byte[] metaData) {

    private static final String VERSION = "daftar-event-v1";

    /**
     * SHA-256 of the canonical bytes of everything stored about the event except its global index, which the chain
     * link carries (so that a moved event reads as reordered, not edited).
     */
    public byte[] hash() {
        return Hashes.sha256(canonicalBytes());
    }

    /** Each field in a fixed order, length-prefixed (strings as UTF-8, -1 for null); numbers as 8 bytes. */
    byte[] canonicalBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + payload.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, VERSION);
            write(out, eventId);
            write(out, payloadType);
            write(out, payloadRevision);
            write(out, type);
            write(out, aggregateId);
            out.writeLong(sequenceNumber);
            write(out, timestamp);
            write(out, payload);
            write(out, metaData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        write(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }
}
