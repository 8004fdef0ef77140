package uz.daftar.command.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * An admin takes a dispute from the queue. {@code byAdmin} says the caller holds the admin role.
 */
public record TakeDisputeCommand(String disputeId, String adminId, boolean byAdmin, Instant takenAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.dispute(disputeId);
    }
}
