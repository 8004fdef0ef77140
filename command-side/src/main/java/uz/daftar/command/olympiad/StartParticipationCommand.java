package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Start a registered student's olympiad now; the participation sets the personal deadline. */
public record StartParticipationCommand(String olympiadId, String studentId, Instant startedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.participation(olympiadId, studentId);
    }
}
