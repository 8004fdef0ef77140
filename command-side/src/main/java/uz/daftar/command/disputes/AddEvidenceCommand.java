package uz.daftar.command.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * The family (the student or the guardian who opened the case) or an admin adds evidence to an open dispute.
 */
public record AddEvidenceCommand(String disputeId, String evidenceId, String addedBy, boolean byAdmin, String text, String reference, Instant addedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.dispute(disputeId);
    }
}
