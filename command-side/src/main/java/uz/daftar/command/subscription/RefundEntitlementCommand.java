package uz.daftar.command.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * End an entitlement at {@code refundedAt} because it was paid back.
 */
public record RefundEntitlementCommand(String studentId, String entitlementId, String reason, Instant refundedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.subscription(studentId);
    }
}
