package uz.daftar.command.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Open a dispute about a ledger entry of the student's wallet, or about a missing award (the learning event that should have paid). The caller was checked as the student or a linked guardian before.
 */
public record OpenDisputeCommand(String disputeId, String studentId, String openedBy, boolean openedByGuardian, String ledgerEntryId, String sourceEventId, String statement, Instant openedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.dispute(disputeId);
    }
}
