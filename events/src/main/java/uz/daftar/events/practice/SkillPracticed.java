package uz.daftar.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One answer counted towards a student's mastery of a skill under the mastery rule {@code ruleVersion}: mastery
 * went from {@code previous} (null for the first answer at the skill) to {@code level}, which may be the same;
 * {@code correctInARow} is the run of correct answers at the skill after it. {@code sourceEventId} is the answer.
 */
@Revision("1")
public record SkillPracticed(String studentId,
                             String skill,
                             MasteryLevel previous,
                             MasteryLevel level,
                             int correctInARow,
                             String ruleVersion,
                             String sourceEventId,
                             Instant occurredAt) {
}
