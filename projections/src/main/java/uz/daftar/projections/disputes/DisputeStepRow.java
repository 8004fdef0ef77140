package uz.daftar.projections.disputes;

import java.time.Instant;

/** One step of a dispute, in the order the case recorded it: who did what, with which words and reference. */
public record DisputeStepRow(String disputeId, long seq, String kind, String actorId, boolean byAdmin, String text,
                             String reference, Instant occurredAt) {
}
