package uz.daftar.projections.operations;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeTaken;
import uz.daftar.events.disputes.DisputeUpheld;
import uz.daftar.events.disputes.EvidenceRequested;
import uz.daftar.events.operations.OperatorActed;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The operator audit: every {@link OperatorActed} (dead letters retried or evicted, replays, rebuilds, cut-overs)
 * and every step an admin took on a coin dispute, in one place, so "who decided what, when and why" is one query.
 * Dispute steps are recorded under actions of their own ({@code DISPUTE_TAKEN}, {@code DISPUTE_EVIDENCE_REQUESTED},
 * {@code DISPUTE_UPHELD}, {@code DISPUTE_REJECTED}) with the target {@code dispute/<id>}.
 */
@Component
@ProcessingGroup(OperatorAuditProjection.PROCESSING_GROUP)
public class OperatorAuditProjection {

    public static final String PROCESSING_GROUP = "operator-audit";
    static final String ADMIN = "ADMIN";

    private final JdbcTemplate jdbc;

    public OperatorAuditProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OperatorActed e, @MessageIdentifier String eventId) {
        record(eventId, e.actedAt(), e.operatorId(), e.operatorRole(), e.action().name(), e.target(), e.reason(),
                e.outcome());
    }

    @EventHandler
    void on(DisputeTaken e, @MessageIdentifier String eventId) {
        record(eventId, e.takenAt(), e.adminId(), ADMIN, "DISPUTE_TAKEN", dispute(e.disputeId()), null,
                "taken for student " + e.studentId());
    }

    @EventHandler
    void on(EvidenceRequested e, @MessageIdentifier String eventId) {
        record(eventId, e.requestedAt(), e.adminId(), ADMIN, "DISPUTE_EVIDENCE_REQUESTED", dispute(e.disputeId()),
                e.question(), "asked the family (request " + e.requestId() + ")");
    }

    @EventHandler
    void on(DisputeUpheld e, @MessageIdentifier String eventId) {
        String correction = "REVERSAL".equals(e.correction())
                ? "reversal of entry " + e.ledgerEntryId()
                : e.correction().toLowerCase() + " of " + e.amount() + " coin(s)";
        record(eventId, e.decidedAt(), e.adminId(), ADMIN, "DISPUTE_UPHELD", dispute(e.disputeId()), e.reason(),
                "upheld: " + correction + " as entry " + e.correctionEntryId());
    }

    @EventHandler
    void on(DisputeRejected e, @MessageIdentifier String eventId) {
        record(eventId, e.decidedAt(), e.adminId(), ADMIN, "DISPUTE_REJECTED", dispute(e.disputeId()), e.reason(),
                "rejected");
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM operator_audit");
    }

    private static String dispute(String disputeId) {
        return "dispute/" + disputeId;
    }

    private void record(String eventId, Instant at, String operatorId, String role, String action, String target,
                        String reason, String outcome) {
        jdbc.update("INSERT INTO operator_audit (event_id, occurred_at, operator_id, operator_role, action, target, "
                        + "reason, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
                eventId, Timestamp.from(at), operatorId, role, action, target, reason, outcome);
    }
}
