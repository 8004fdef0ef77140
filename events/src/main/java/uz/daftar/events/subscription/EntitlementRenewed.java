package uz.daftar.events.subscription;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A running entitlement was extended: it now lasts until, not including, {@code validUntil}, which is later than
 * before. {@code paymentReference} is the billing service's reference of the renewal.
 */
@Revision("1")
public record EntitlementRenewed(String studentId,
                                 String entitlementId,
                                 Instant validUntil,
                                 Instant renewedAt,
                                 String paymentReference) {
}
