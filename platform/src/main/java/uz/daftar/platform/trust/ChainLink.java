package uz.daftar.platform.trust;

import org.axonframework.eventhandling.EventMessage;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

import java.util.Optional;

/**
 * One event linked into a chain.
 *
 * @param chainId     the student id, or {@link #STORE} for the chain over the whole store
 * @param position    1 for the first link of the chain
 * @param globalIndex the event's global index when it was linked
 * @param eventHash   {@link StoredEvent#hash()} when it was linked
 * @param chainHash   {@link Hashes#link} of the previous link's chain hash, the global index and the event hash
 */
public record ChainLink(String chainId, long position, String eventId, long globalIndex, byte[] eventHash,
                        byte[] chainHash) {

    /** The chain id of the store chain: every event of the store, in the order it was linked. */
    public static final String STORE = "";

    /** The student chain an event belongs to: the student it concerns, if any (a blank id is none). */
    static Optional<String> studentChain(StudentSequencingPolicy students, EventMessage<?> event) {
        return students.studentOf(event).filter(student -> !student.isBlank());
    }

    /** The link after this one (or the first link, after {@code null}) for the stored event. */
    static ChainLink after(ChainLink previous, String chainId, StoredEvent event) {
        byte[] eventHash = event.hash();
        long position = previous == null ? 1 : previous.position() + 1;
        byte[] before = previous == null ? Hashes.GENESIS : previous.chainHash();
        return new ChainLink(chainId, position, event.eventId(), event.globalIndex(), eventHash,
                Hashes.link(before, event.globalIndex(), eventHash));
    }
}
