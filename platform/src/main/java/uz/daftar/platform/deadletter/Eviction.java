package uz.daftar.platform.deadletter;

import java.time.Instant;
import java.util.List;

/**
 * An admin evicted a parked sequence: its events no longer wait to be handled by this processor (they stay in the
 * event store, and a replay of the processor handles them again). The operator log records it as an
 * {@code OperatorActed} event with the reason.
 *
 * @param evictedEventIds the events whose letters were evicted, in sequence order
 * @param remaining       letters parked in the sequence meanwhile, after the evicted ones
 */
public record Eviction(String processor, String sequenceIdentifier, List<String> evictedEventIds, long remaining,
                       String reason, String evictedBy, Instant evictedAt) {
}
