package uz.daftar.projections.disputes;

import java.time.Instant;

/**
 * One dispute as it stands: what it is about, its status ({@code OPEN}, {@code TAKEN}, {@code UPHELD},
 * {@code REJECTED}) and, once decided, the reason and the correction it caused.
 */
public record DisputeRow(String disputeId, String studentId, String openedBy, boolean openedByGuardian,
                         String ledgerEntryId, String sourceEventId, String statement, String status,
                         String takenBy, String reason, String correction, Long amount, String correctionEntryId,
                         Instant openedAt, Instant decidedAt) {
}
