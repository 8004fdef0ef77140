package uz.daftar.platform.trust;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import uz.daftar.platform.deadletter.StudentSequencingPolicy;

/**
 * Links every stored event into the store chain and, if it concerns a student ({@link StudentSequencingPolicy}),
 * into that student's chain, and signs a checkpoint of the store chain every {@code checkpointEvery} links. Hashes are
 * computed from the stored row, never from the deserialized event, so the verification can recompute them from the
 * store alone. Runs in one segment (one writer, the store's order); linking an event twice is a no-op, so a retried
 * batch or a reset processor leaves the chains as they were. See docs/decisions/0009.
 */
@ProcessingGroup(TamperChain.PROCESSING_GROUP)
public class TamperChain {

    public static final String PROCESSING_GROUP = "tamper-chain";

    private final TamperRecords records;
    private final StudentSequencingPolicy students;
    private final CheckpointKeys keys;
    private final long checkpointEvery;

    public TamperChain(TamperRecords records, StudentSequencingPolicy students, CheckpointKeys keys,
                       long checkpointEvery) {
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("daftar.trust.checkpoint-every must be at least 1");
        }
        this.records = records;
        this.students = students;
        this.keys = keys;
        this.checkpointEvery = checkpointEvery;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (records.linked(ChainLink.STORE, event.getIdentifier())) {
            return;
        }
        StoredEvent stored = records.event(event.getIdentifier()).orElseThrow(() -> new IllegalStateException(
                "event " + event.getIdentifier() + " is not in DomainEventEntry: tamper evidence needs the JDBC store"));
        ChainLink storeLink = ChainLink.after(records.head(ChainLink.STORE).orElse(null), ChainLink.STORE, stored);
        records.append(storeLink);
        ChainLink.studentChain(students, event).ifPresent(student ->
                records.append(ChainLink.after(records.head(student).orElse(null), student, stored)));
        if (storeLink.position() % checkpointEvery == 0) {
            records.append(keys.checkpoint(storeLink.position() / checkpointEvery, storeLink));
        }
    }
}
