package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Open a class; {@code teacherIsInCentre} was checked against the centre's registry by the caller. */
public record OpenClassCommand(String classId, String centreId, String teacherId, String name,
                               boolean teacherIsInCentre, Instant openedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.classroom(classId);
    }
}
