package uz.daftar.projections.timeline;

/**
 * How a student's mastery of a skill moved over a period: {@code from} is the level before the period's first answer
 * at the skill (null for a skill first practised in the period), {@code to} the level after its last one.
 */
public record SkillChange(String skill, String from, String to) {
}
