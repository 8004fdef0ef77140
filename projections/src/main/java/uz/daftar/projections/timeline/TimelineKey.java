package uz.daftar.projections.timeline;

import java.time.Instant;

/** A place in a timeline's newest-first order: entries come by time, then by event id. */
public record TimelineKey(Instant occurredAt, String eventId) {
}
