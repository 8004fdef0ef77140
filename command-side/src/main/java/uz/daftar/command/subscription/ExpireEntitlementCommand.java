package uz.daftar.command.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Record that an entitlement ran out, if it has by {@code now} (the time of the expiry process's check).
 */
public record ExpireEntitlementCommand(String studentId, String entitlementId, Instant now) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.subscription(studentId);
    }
}
