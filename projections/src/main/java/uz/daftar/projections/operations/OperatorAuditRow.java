package uz.daftar.projections.operations;

import java.time.Instant;

/** One line of the operator audit: who did what to which target, when, why and with what outcome. */
public record OperatorAuditRow(String eventId, Instant occurredAt, String operatorId, String operatorRole,
                               String action, String target, String reason, String outcome) {

    /** The row's place in the newest-first order, for the next page's cursor. */
    public AuditKey key() {
        return new AuditKey(occurredAt, eventId);
    }
}
