package uz.daftar.platform.trust;

import org.axonframework.eventhandling.DomainEventMessage;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    private final TamperRecords records;
    private final EventStudents students;

    public StudentEvents(TamperRecords records, EventStudents students) {
        this.records = records;
        this.students = students;
    }

    /** The student's events whose recorded time (the event message's timestamp) is {@code at} or earlier. */
    public List<DomainEventMessage<?>> recordedUpTo(String studentId, Instant at) {
        List<Read> events = new ArrayList<>(read(records.rowsOfChain(studentId)));
        read(records.unlinkedNearHead(GAP_WINDOW)).stream()
                .filter(event -> students.of(event.message()).filter(studentId::equals).isPresent())
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
            students.read(row).ifPresent(message -> messages.add(new Read(row.globalIndex(), message)));
        }
        return messages;
    }
}
