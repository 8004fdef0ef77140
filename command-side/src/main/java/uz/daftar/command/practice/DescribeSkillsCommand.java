package uz.daftar.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

/**
 * Asks a student's skills for their mastery levels (skill to level name, sorted by skill), to be the pseudonymous
 * inputs of generated recommendations; appends nothing. Fails with the aggregate not found before any practice.
 */
public record DescribeSkillsCommand(String studentId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.skills(studentId);
    }
}
