package uz.daftar.platform.trust;

import java.time.Instant;
import java.util.Optional;

/**
 * The read port for what a report quotes from the tamper evidence: a student chain's link at a moment and the
 * checkpoint that covers it. It reads the links and checkpoints as stored; {@link TamperVerifier} is what checks them.
 */
public class ChainAnchors {

    private final TamperRecords records;
    private final CheckpointKeys keys;

    public ChainAnchors(TamperRecords records, CheckpointKeys keys) {
        this.records = records;
        this.keys = keys;
    }

    /**
     * The last link of the student's chain whose event was recorded before {@code until}, with its covering
     * checkpoint; empty when the chain has no such link yet.
     */
    public Optional<ChainAnchor> before(String studentId, Instant until) {
        return records.lastLinkRecordedBefore(studentId, until).map(recorded -> {
            ChainLink link = recorded.link();
            Long storePosition = records.link(ChainLink.STORE, link.eventId()).map(ChainLink::position).orElse(null);
            ChainAnchor.SignedCheckpoint checkpoint = storePosition == null ? null
                    : records.covering(storePosition).map(ChainAnchor.SignedCheckpoint::of).orElse(null);
            return new ChainAnchor(studentId, link.position(), link.eventId(), link.globalIndex(),
                    Hashes.hex(link.chainHash()), recorded.recordedAt(), storePosition, checkpoint, keys.verifyKey(),
                    keys.fingerprint());
        });
    }
}
