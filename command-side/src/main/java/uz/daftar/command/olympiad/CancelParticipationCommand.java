package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Cancel a registration because its olympiad was cancelled. */
public record CancelParticipationCommand(String olympiadId, String studentId, String reason, Instant cancelledAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.participation(olympiadId, studentId);
    }
}
