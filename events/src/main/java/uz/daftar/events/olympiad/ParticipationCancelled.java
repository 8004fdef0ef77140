package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A registration ended because its olympiad was cancelled; the fee hold, if any, is released. */
@Revision("1")
public record ParticipationCancelled(String olympiadId,
                                     String studentId,
                                     String feeHoldId,
                                     String reason,
                                     Instant cancelledAt) {
}
