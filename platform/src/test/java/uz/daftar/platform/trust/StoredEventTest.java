package uz.daftar.platform.trust;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StoredEventTest {

    private static final StoredEvent EVENT = TrustEvents.guardianLinked(7, "e-7", "s-1", 3);

    @Test
    void sha256IsTheStandardOne() {
        assertThat(Hashes.hex(Hashes.sha256(new byte[0])))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theHashIsAFunctionOfTheStoredBytesAlone() {
        StoredEvent same = TrustEvents.guardianLinked(7, "e-7", "s-1", 3);

        assertThat(same.hash()).isEqualTo(EVENT.hash());
    }

    @Test
    void everyStoredFieldButTheGlobalIndexChangesTheHash() {
        byte[] payload = EVENT.payload().clone();
        payload[payload.length - 2] ^= 1;

        assertThat(java.util.List.of(
                with(EVENT.globalIndex(), "e-8", EVENT.aggregateId(), EVENT.sequenceNumber(), EVENT.type(),
                        EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timestamp(), EVENT.payload(),
                        EVENT.metaData()),
                with(EVENT.globalIndex(), EVENT.eventId(), "s-2", EVENT.sequenceNumber(), EVENT.type(),
                        EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timestamp(), EVENT.payload(),
                        EVENT.metaData()),
                with(EVENT.globalIndex(), EVENT.eventId(), EVENT.aggregateId(), 4, EVENT.type(),
                        EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timestamp(), EVENT.payload(),
                        EVENT.metaData()),
                with(EVENT.globalIndex(), EVENT.eventId(), EVENT.aggregateId(), EVENT.sequenceNumber(), "Wallet",
                        EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timestamp(), EVENT.payload(),
                        EVENT.metaData()),
                with(EVENT.globalIndex(), EVENT.eventId(), EVENT.aggregateId(), EVENT.sequenceNumber(), EVENT.type(),
                        "x.Other", EVENT.payloadRevision(), EVENT.timestamp(), EVENT.payload(), EVENT.metaData()),
                with(EVENT.globalIndex(), EVENT.eventId(), EVENT.aggregateId(), EVENT.sequenceNumber(), EVENT.type(),
                        EVENT.payloadType(), "2", EVENT.timestamp(), EVENT.payload(), EVENT.metaData()),
                with(EVENT.globalIndex(), EVENT.eventId(), EVENT.aggregateId(), EVENT.sequenceNumber(), EVENT.type(),
                        EVENT.payloadType(), EVENT.payloadRevision(), "2026-11-20T10:00:08Z", EVENT.payload(),
                        EVENT.metaData()),
                with(EVENT.globalIndex(), EVENT.eventId(), EVENT.aggregateId(), EVENT.sequenceNumber(), EVENT.type(),
                        EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timestamp(), payload, EVENT.metaData()),
                with(EVENT.globalIndex(), EVENT.eventId(), EVENT.aggregateId(), EVENT.sequenceNumber(), EVENT.type(),
                        EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timestamp(), EVENT.payload(),
                        "{\"traceId\":\"x\"}".getBytes(StandardCharsets.UTF_8))))
                .allSatisfy(changed -> assertThat(changed.hash()).isNotEqualTo(EVENT.hash()));
        assertThat(with(8, EVENT.eventId(), EVENT.aggregateId(), EVENT.sequenceNumber(), EVENT.type(),
                EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timestamp(), EVENT.payload(), EVENT.metaData())
                .hash()).isEqualTo(EVENT.hash());
    }

    @Test
    void fieldsAreLengthPrefixedSoBytesCannotMoveBetweenThem() {
        StoredEvent one = with(1, "ab", "c", 1, "T", "P", null, "t", new byte[]{1}, null);
        StoredEvent other = with(1, "a", "bc", 1, "T", "P", null, "t", new byte[]{1}, null);
        StoredEvent noMetaData = with(1, "a", "bc", 1, "T", "P", null, "t", new byte[]{1}, new byte[0]);

        assertThat(one.hash()).isNotEqualTo(other.hash());
        assertThat(other.hash()).isNotEqualTo(noMetaData.hash());
    }

    @Test
    void aLinkChainsThePreviousHashTheGlobalIndexAndTheEventHash() {
        ChainLink first = ChainLink.after(null, "s-1", EVENT);
        ChainLink second = ChainLink.after(first, "s-1", TrustEvents.guardianLinked(9, "e-9", "s-1", 4));

        assertThat(first.position()).isEqualTo(1);
        assertThat(first.chainHash()).isEqualTo(Hashes.link(Hashes.GENESIS, 7, EVENT.hash()));
        assertThat(second.position()).isEqualTo(2);
        assertThat(second.chainHash()).isEqualTo(Hashes.link(first.chainHash(), 9, second.eventHash()));
        assertThat(Hashes.link(Hashes.GENESIS, 8, EVENT.hash())).isNotEqualTo(first.chainHash());
    }

    private static StoredEvent with(long index, String id, String aggregate, long sequence, String type,
                                    String payloadType, String revision, String timestamp, byte[] payload,
                                    byte[] metaData) {
        return new StoredEvent(index, id, aggregate, sequence, type, payloadType, revision, timestamp, payload,
                metaData);
    }
}
