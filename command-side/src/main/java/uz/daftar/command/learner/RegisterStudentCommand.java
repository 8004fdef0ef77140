package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Register a student whose profile was already sealed under the student's own key; {@code birthYear} is the year of
 * the sealed birth date, the only part of it that stays readable.
 */
public record RegisterStudentCommand(String studentId,
                                     String profileKeyId,
                                     String sealedProfile,
                                     Integer birthYear,
                                     String timeZone,
                                     String language,
                                     Instant registeredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.student(studentId);
    }
}
