package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Register a student for an olympiad; {@code feeHoldId} names the hold already placed for its entry fee, or is null.
 */
public record RegisterParticipantCommand(String olympiadId, String studentId, String feeHoldId, Instant registeredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.participation(olympiadId, studentId);
    }
}
