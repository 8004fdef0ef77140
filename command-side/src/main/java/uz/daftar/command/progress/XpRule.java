package uz.daftar.command.progress;

import uz.daftar.events.practice.PracticeAnswerRecorded;

/**
 * How much XP a practice answer earns. Versioned: a changed rule is a new version, and the version is recorded in
 * every award, so the same history always yields the same XP.
 * <p>
 * {@value #PRACTICE_ANSWER_V1}: a correct answer earns 10 XP, a wrong one 2 XP for the effort; an answer given
 * faster than {@value #MIN_HUMAN_MILLIS} ms earns nothing.
 */
public final class XpRule {

    public static final String PRACTICE_ANSWER_V1 = "xp.practice-answer.v1";
    static final long MIN_HUMAN_MILLIS = 300;

    private XpRule() {
    }

    public static AwardXpCommand forAnswer(PracticeAnswerRecorded answer) {
        long amount = answer.timeTakenMillis() < MIN_HUMAN_MILLIS ? 0 : answer.correct() ? 10 : 2;
        return new AwardXpCommand(answer.studentId(),
                AwardIds.of("xp", answer.answerId(), PRACTICE_ANSWER_V1),
                amount, answer.answerId(), "PracticeAnswerRecorded", PRACTICE_ANSWER_V1, answer.answeredAt());
    }
}
