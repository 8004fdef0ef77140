package uz.daftar.command.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Entitle a student to a product from {@code validFrom} until, not including, {@code validUntil}; {@code source}
 * is what paid for it (a payment reference). Starts the student's subscription if it has none yet.
 */
public record GrantEntitlementCommand(String studentId, String entitlementId, String product, Instant validFrom,
                                      Instant validUntil, String source, Instant grantedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.subscription(studentId);
    }
}
