package uz.daftar.platform.trust;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.serialization.EventSerialization;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Stored events as the JDBC store writes them, and the messages the chain processor receives for them. */
final class TrustEvents {

    static final Serializer SERIALIZER = EventSerialization.serializer();
    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private TrustEvents() {
    }

    /** A guardian linked to the student, stored at the global index, the n-th event of the student's stream. */
    static StoredEvent guardianLinked(long globalIndex, String eventId, String student, long sequence) {
        SerializedObject<byte[]> payload = SERIALIZER.serialize(
                new GuardianLinked(student, "parent-of-" + student, AT.plusSeconds(globalIndex)), byte[].class);
        return new StoredEvent(globalIndex, eventId, student, sequence, "Student", payload.getType().getName(),
                payload.getType().getRevision(), AT.plusSeconds(globalIndex).toString(), payload.getData(),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** The message the processor would get for the stored event. */
    static GenericDomainEventMessage<Object> message(StoredEvent stored) {
        Object payload = SERIALIZER.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                stored.payload(), byte[].class, stored.payloadType(), stored.payloadRevision()));
        return new GenericDomainEventMessage<>(stored.type(), stored.aggregateId(), stored.sequenceNumber(), payload,
                MetaData.emptyInstance(), stored.eventId(), Instant.parse(stored.timestamp()));
    }
}
