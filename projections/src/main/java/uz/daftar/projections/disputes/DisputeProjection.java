package uz.daftar.projections.disputes;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.disputes.DisputeOpened;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeTaken;
import uz.daftar.events.disputes.DisputeUpheld;
import uz.daftar.events.disputes.EvidenceAdded;
import uz.daftar.events.disputes.EvidenceRequested;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The dispute queue and each case's history. A case's events arrive in its stream's order (they all name the
 * student), every write is keyed by the dispute and the event's sequence number, so a repeat changes nothing.
 */
@Component
@ProcessingGroup(DisputeProjection.PROCESSING_GROUP)
public class DisputeProjection {

    public static final String PROCESSING_GROUP = "disputes";

    private final JdbcTemplate jdbc;

    public DisputeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DisputeOpened e, @SequenceNumber long seq) {
        jdbc.update("INSERT INTO dispute_case (dispute_id, student_id, opened_by, opened_by_guardian, ledger_entry_id, "
                        + "source_event_id, statement, status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) "
                        + "ON CONFLICT (dispute_id) DO NOTHING", e.disputeId(), e.studentId(), e.openedBy(),
                e.openedByGuardian(), e.ledgerEntryId(), e.sourceEventId(), e.statement(), ts(e.openedAt()));
        step(e.disputeId(), seq, "OPENED", e.openedBy(), false, e.statement(),
                e.ledgerEntryId() != null ? e.ledgerEntryId() : e.sourceEventId(), e.openedAt());
    }

    @EventHandler
    void on(DisputeTaken e, @SequenceNumber long seq) {
        jdbc.update("UPDATE dispute_case SET status = 'TAKEN', taken_by = ? WHERE dispute_id = ?", e.adminId(),
                e.disputeId());
        step(e.disputeId(), seq, "TAKEN", e.adminId(), true, null, null, e.takenAt());
    }

    @EventHandler
    void on(EvidenceRequested e, @SequenceNumber long seq) {
        step(e.disputeId(), seq, "EVIDENCE_REQUESTED", e.adminId(), true, e.question(), null, e.requestedAt());
    }

    @EventHandler
    void on(EvidenceAdded e, @SequenceNumber long seq) {
        step(e.disputeId(), seq, "EVIDENCE_ADDED", e.addedBy(), e.byAdmin(), e.text(), e.reference(), e.addedAt());
    }

    @EventHandler
    void on(DisputeUpheld e, @SequenceNumber long seq) {
        jdbc.update("UPDATE dispute_case SET status = 'UPHELD', reason = ?, correction = ?, amount = ?, "
                        + "correction_entry_id = ?, decided_at = ? WHERE dispute_id = ?", e.reason(), e.correction(),
                e.amount(), e.correctionEntryId(), ts(e.decidedAt()), e.disputeId());
        step(e.disputeId(), seq, "UPHELD", e.adminId(), true, e.reason(), e.correctionEntryId(), e.decidedAt());
    }

    @EventHandler
    void on(DisputeRejected e, @SequenceNumber long seq) {
        jdbc.update("UPDATE dispute_case SET status = 'REJECTED', reason = ?, decided_at = ? WHERE dispute_id = ?",
                e.reason(), ts(e.decidedAt()), e.disputeId());
        step(e.disputeId(), seq, "REJECTED", e.adminId(), true, e.reason(), null, e.decidedAt());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM dispute_step");
        jdbc.update("DELETE FROM dispute_case");
    }

    private void step(String disputeId, long seq, String kind, String actorId, boolean byAdmin, String text,
                      String reference, Instant at) {
        jdbc.update("INSERT INTO dispute_step (dispute_id, seq, kind, actor_id, by_admin, text, reference, occurred_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dispute_id, seq) DO NOTHING", disputeId, seq,
                kind, actorId, byAdmin, text, reference, ts(at));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
