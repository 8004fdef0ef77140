package uz.daftar.command.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * The admin handling a dispute upholds it: the ledger is corrected by a credit of {@code amount} coins, or by reversing the disputed entry ({@code amount} null).
 */
public record UpholdDisputeCommand(String disputeId, String adminId, boolean byAdmin, Correction correction, Long amount, String reason, Instant decidedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.dispute(disputeId);
    }
}
