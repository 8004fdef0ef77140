package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student with an active olympiad entitlement registered for an olympiad within its registration window. When
 * the olympiad has an entry fee, {@code feeHoldId} names the hold in the student's wallet that pays it (captured at
 * the start, released on cancellation); otherwise it is null.
 */
@Revision("1")
public record ParticipantRegistered(String olympiadId,
                                    String studentId,
                                    long entryFee,
                                    String feeHoldId,
                                    Instant registeredAt) {
}
