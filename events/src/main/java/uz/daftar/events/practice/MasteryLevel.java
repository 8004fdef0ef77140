package uz.daftar.events.practice;

/** How well a student knows a skill, in the spirit of Khan Academy's mastery levels. */
public enum MasteryLevel {
    ATTEMPTED,
    FAMILIAR,
    PROFICIENT,
    MASTERED
}
