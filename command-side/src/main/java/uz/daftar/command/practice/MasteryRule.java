package uz.daftar.command.practice;

import uz.daftar.events.practice.MasteryLevel;

/**
 * How mastery of a skill moves, in the spirit of Khan Academy. {@value #V1}: the first answer makes a skill
 * attempted; every {@value #RUN_TO_RISE} correct answers in a row raise it one level (attempted, familiar,
 * proficient, mastered); a wrong answer lowers it one level, never below attempted, and starts the run again.
 */
public final class MasteryRule {

    public static final String V1 = "mastery.v1";
    static final int RUN_TO_RISE = 3;

    private MasteryRule() {
    }

    /** The level after an answer, given the level and the run of correct answers before it. */
    static MasteryLevel after(MasteryLevel level, int correctInARowBefore, boolean correct) {
        if (level == null) {
            return correct && RUN_TO_RISE == 1 ? MasteryLevel.FAMILIAR : MasteryLevel.ATTEMPTED;
        }
        if (!correct) {
            return level == MasteryLevel.ATTEMPTED ? level : MasteryLevel.values()[level.ordinal() - 1];
        }
        boolean rises = (correctInARowBefore + 1) % RUN_TO_RISE == 0 && level != MasteryLevel.MASTERED;
        return rises ? MasteryLevel.values()[level.ordinal() + 1] : level;
    }

    static int runAfter(int correctInARowBefore, boolean correct) {
        return correct ? correctInARowBefore + 1 : 0;
    }
}
