package uz.daftar.events.subscription;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An entitlement was paid back and ended at {@code refundedAt}, before it would have expired; it cannot be renewed
 * afterwards.
 */
@Revision("1")
public record EntitlementRefunded(String studentId,
                                  String entitlementId,
                                  String reason,
                                  Instant refundedAt) {
}
