package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Register a student whose profile was already sealed under the student's own key. */
public record RegisterStudentCommand(@TargetAggregateIdentifier String studentId,
                                     String profileKeyId,
                                     String sealedProfile,
                                     String timeZone,
                                     String language,
                                     Instant registeredAt) {
}
