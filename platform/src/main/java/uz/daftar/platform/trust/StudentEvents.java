package uz.daftar.platform.trust;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every event that concerns one student ({@link StudentSequencingPolicy}) and was recorded up to a moment, read
 * from the event store through the upcasters and the serializer, in the store's order. The student's chain of the
 * tamper evidence is the index: it lists each of the student's events by global index. Events the chain has not
 * linked yet (it runs behind the store by its processor's lag, and an event may commit into a gap below the chain's
 * head) are read from the store directly and kept if they concern the student.
 */
public class StudentEvents {

    /** How far below the store chain's head an event may still commit late (Axon's gap tracking window). */
    static final long GAP_WINDOW = 10_000;

    private static final byte[] NO_META_DATA = "{}".getBytes(StandardCharsets.UTF_8);
    private static final String COLUMNS = "e.globalIndex, e.eventIdentifier, e.aggregateIdentifier, e.sequenceNumber, "
            + "e.type, e.payloadType, e.payloadRevision, e.timeStamp, e.payload, e.metaData";
    private static final RowMapper<StoredEvent> EVENT = (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getBytes(9), rs.getBytes(10));

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final StudentSequencingPolicy students;

    public StudentEvents(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcasters,
                         StudentSequencingPolicy students) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.students = students;
    }

    /** The student's events whose recorded time (the event message's timestamp) is {@code at} or earlier. */
    public List<DomainEventMessage<?>> recordedUpTo(String studentId, Instant at) {
        List<StoredEvent> linked = jdbc.query("SELECT " + COLUMNS + " FROM tamper_chain_link l "
                + "JOIN DomainEventEntry e ON e.globalIndex = l.global_index WHERE l.chain_id = ? "
                + "ORDER BY e.globalIndex", EVENT, studentId);
        List<StoredEvent> unlinked = jdbc.query("SELECT " + COLUMNS + " FROM DomainEventEntry e "
                + "WHERE e.globalIndex > COALESCE((SELECT MAX(global_index) FROM tamper_chain_link WHERE chain_id = ?), "
                + "-1) - ? AND NOT EXISTS (SELECT 1 FROM tamper_chain_link l WHERE l.chain_id = ? "
                + "AND l.event_id = e.eventIdentifier) ORDER BY e.globalIndex", EVENT, ChainLink.STORE, GAP_WINDOW,
                ChainLink.STORE);
        List<Read> events = new ArrayList<>(read(linked));
        read(unlinked).stream()
                .filter(event -> ChainLink.studentChain(students, event.message()).filter(studentId::equals).isPresent())
                .forEach(events::add);
        return events.stream().filter(event -> !event.message().getTimestamp().isAfter(at))
                .sorted(Comparator.comparingLong(Read::globalIndex)).<DomainEventMessage<?>>map(Read::message)
                .toList();
    }

    private record Read(long globalIndex, DomainEventMessage<?> message) {
    }

    private List<Read> read(List<StoredEvent> rows) {
        List<Read> messages = new ArrayList<>();
        for (StoredEvent row : rows) {
            var entry = new GenericDomainEventEntry<>(row.type(), row.aggregateId(), row.sequenceNumber(),
                    row.eventId(), row.timestamp(), row.payloadType(), row.payloadRevision(), row.payload(),
                    row.metaData() == null ? NO_META_DATA : row.metaData());
            DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                    upcasters);
            stream.forEachRemaining(message -> messages.add(new Read(row.globalIndex(), message)));
        }
        return messages;
    }
}
