package uz.daftar.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Count one practice answer towards the student's mastery of its skill. */
public record PracticeSkillCommand(String studentId, String skill, String answerId, boolean correct,
                                   Instant answeredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.skills(studentId);
    }
}
