package uz.daftar.command.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * The admin handling a dispute asks the family a question.
 */
public record RequestEvidenceCommand(String disputeId, String requestId, String question, String adminId, boolean byAdmin, Instant requestedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.dispute(disputeId);
    }
}
