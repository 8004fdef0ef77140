package uz.daftar.query.disputes;

import java.time.Instant;
import java.util.List;

/**
 * A dispute as the family or an admin sees it: what it is about, its status, the decision's reason and correction
 * (the new ledger entry it caused), and every step. For the family, admins appear as {@code "admin"}.
 */
public record DisputeView(String disputeId, String studentId, String openedBy, String ledgerEntryId,
                          String sourceEventId, String statement, String status, String takenBy, String reason,
                          String correction, Long amount, String correctionEntryId, Instant openedAt,
                          Instant decidedAt, List<Step> steps) {

    /** One step: {@code OPENED}, {@code TAKEN}, {@code EVIDENCE_REQUESTED}, {@code EVIDENCE_ADDED}, {@code UPHELD}, {@code REJECTED}. */
    public record Step(String kind, String actor, String text, String reference, Instant occurredAt) {
    }
}
