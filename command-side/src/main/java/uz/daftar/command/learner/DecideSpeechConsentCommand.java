package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Gives ({@code consent} true) or withdraws the consent for recording and assessing the student's reading aloud.
 * {@code decidedBy} is the caller's subject; {@code byAdmin} says the caller holds the admin role, otherwise the
 * caller must be one of the student's linked guardians.
 */
public record DecideSpeechConsentCommand(String studentId, boolean consent, String decidedBy, boolean byAdmin,
                                         Instant decidedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.student(studentId);
    }
}
