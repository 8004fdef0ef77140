package uz.daftar.projections.timeline;

import java.time.Instant;

/**
 * A place in a timeline's newest-first order: entries come by time, then (within one instant) by the causal rank of
 * their kind, then by event id.
 */
public record TimelineKey(Instant occurredAt, int kindRank, String eventId) {
}
