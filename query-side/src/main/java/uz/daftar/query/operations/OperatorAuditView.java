package uz.daftar.query.operations;

import java.time.Instant;
import java.util.List;

/**
 * A page of the operator audit, newest first.
 *
 * @param next the cursor of the following (older) page, passed back as {@code before}; null on the last page
 */
public record OperatorAuditView(List<Entry> entries, String next) {

    /** One action: who, with which roles, did what to which target, when, why and with what outcome. */
    public record Entry(String eventId, Instant occurredAt, String operatorId, String operatorRole, String action,
                        String target, String reason, String outcome) {
    }
}
