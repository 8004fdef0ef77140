package uz.daftar.events.subscription;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An entitlement ran out: {@code expiredAt} is its {@code validUntil}. Recorded by the expiry process once that
 * time has passed, at most once per entitlement, and never for a refunded one.
 */
@Revision("1")
public record EntitlementExpired(String studentId,
                                 String entitlementId,
                                 Instant expiredAt) {
}
