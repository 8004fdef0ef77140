package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

/**
 * Asks the student whether {@code guardianId} is one of their linked guardians, before a guardian acts for them
 * in another aggregate (a coin dispute); appends nothing, and is rejected when the caller is no linked guardian.
 */
public record ConfirmGuardianCommand(String studentId, String guardianId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.student(studentId);
    }
}
