package uz.daftar.platform.trust;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The student a stored row concerns, by the same rule as the chain processor: the row read through the upcasters and
 * the serializer, then {@link StudentSequencingPolicy}. A row that no longer reads concerns no known student.
 */
public class EventStudents {

    private static final byte[] NO_META_DATA = "{}".getBytes(StandardCharsets.UTF_8);

    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final StudentSequencingPolicy students;

    public EventStudents(Serializer serializer, EventUpcaster upcasters, StudentSequencingPolicy students) {
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.students = students;
    }

    Optional<String> of(StoredEvent event) {
        try {
            return read(event).flatMap(message -> ChainLink.studentChain(students, message));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The stored row as the event message it is today: through the upcasters and the serializer. */
    Optional<DomainEventMessage<?>> read(StoredEvent event) {
        var entry = new GenericDomainEventEntry<>(event.type(), event.aggregateId(), event.sequenceNumber(),
                event.eventId(), event.timestamp(), event.payloadType(), event.payloadRevision(), event.payload(),
                event.metaData() == null ? NO_META_DATA : event.metaData());
        var stream = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer, upcasters);
        return stream.hasNext() ? Optional.of(stream.next()) : Optional.empty();
    }

    /** The student the message concerns, by the chain processor's rule. */
    Optional<String> of(DomainEventMessage<?> message) {
        return ChainLink.studentChain(students, message);
    }
}
