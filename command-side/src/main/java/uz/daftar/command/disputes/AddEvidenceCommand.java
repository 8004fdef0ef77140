package uz.daftar.command.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * The family or an admin adds evidence to an open dispute. {@code byAdmin} says the caller holds the admin role,
 * {@code byGuardian} that the student's aggregate confirmed the caller as a linked guardian.
 */
public record AddEvidenceCommand(String disputeId, String evidenceId, String addedBy, boolean byAdmin, boolean byGuardian, String text, String reference, Instant addedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.dispute(disputeId);
    }
}
