package uz.daftar.command.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * The admin handling a dispute rejects it, with a reason shown to the family.
 */
public record RejectDisputeCommand(String disputeId, String adminId, boolean byAdmin, String reason, Instant decidedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.dispute(disputeId);
    }
}
