package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

/**
 * Asks the class whether {@code teacherId} is its teacher (and, when {@code studentId} is set, whether that student
 * is enrolled in it), before a teacher acts for the class in another aggregate (a generated draft); appends nothing,
 * and is rejected otherwise.
 */
public record ConfirmTeacherCommand(String classId, String teacherId, String studentId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.classroom(classId);
    }
}
