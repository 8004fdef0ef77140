package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

public record EnrolStudentCommand(String classId, String studentId, Instant enrolledAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.classroom(classId);
    }
}
