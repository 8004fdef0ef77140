package uz.daftar.events.subscription;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student was entitled to a product from {@code validFrom} until, not including, {@code validUntil}.
 * The product is a name such as {@code olympiads} or {@code premium}; {@code source} is what paid for or justified
 * the grant, such as the billing service's payment reference. Emitted once per entitlement id.
 */
@Revision("1")
public record EntitlementGranted(String studentId,
                                 String entitlementId,
                                 String product,
                                 Instant validFrom,
                                 Instant validUntil,
                                 String source,
                                 Instant grantedAt) {
}
