package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

public record AddTeacherCommand(String centreId, String teacherId, Instant joinedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.centre(centreId);
    }
}
