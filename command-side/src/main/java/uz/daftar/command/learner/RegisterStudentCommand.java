package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Register a student whose profile was already sealed under the student's own key. */
public record RegisterStudentCommand(String studentId,
                                     String profileKeyId,
                                     String sealedProfile,
                                     String timeZone,
                                     String language,
                                     Instant registeredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.student(studentId);
    }
}
