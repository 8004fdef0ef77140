package uz.daftar.command.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Extend a running entitlement until {@code validUntil}, paid by {@code paymentReference}.
 */
public record RenewEntitlementCommand(String studentId, String entitlementId, Instant validUntil,
                                      String paymentReference, Instant renewedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.subscription(studentId);
    }
}
