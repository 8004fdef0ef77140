package uz.daftar.projections.operations;

import java.time.Instant;

/** A place in the operator audit's newest-first order: by time, then by event id. */
public record AuditKey(Instant occurredAt, String eventId) {
}
