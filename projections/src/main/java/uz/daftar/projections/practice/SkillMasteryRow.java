package uz.daftar.projections.practice;

import java.time.Instant;

/** A student's mastery of one skill. */
public record SkillMasteryRow(String skill, String level, int correctInARow, long answers, String ruleVersion,
                              Instant updatedAt) {
}
