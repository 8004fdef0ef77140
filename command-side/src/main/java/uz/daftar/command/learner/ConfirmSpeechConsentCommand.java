package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

/**
 * Asks the student whether speech consent is recorded, before any audio of theirs is stored; appends nothing, and
 * is rejected (403 "speech-consent-not-recorded") when it is not.
 */
public record ConfirmSpeechConsentCommand(String studentId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.student(studentId);
    }
}
