package uz.daftar.projections.timeline;

import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.practice.PracticeAttemptAbandoned;
import uz.daftar.events.practice.PracticeAttemptCompleted;
import uz.daftar.events.practice.SkillPracticed;

import java.util.List;

import static uz.daftar.projections.timeline.TimelineFigure.ANSWERS;
import static uz.daftar.projections.timeline.TimelineFigure.CORRECT_ANSWERS;
import static uz.daftar.projections.timeline.TimelineFigure.PRACTICE_MILLIS;

/** Timeline entries of the practice context: answers, attempts finished or left, mastery per skill. */
final class PracticeEntries {

    static final List<Class<?>> EVENTS = List.of(PracticeAnswerRecorded.class, PracticeAttemptCompleted.class,
            PracticeAttemptAbandoned.class, SkillPracticed.class);

    private PracticeEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof PracticeAnswerRecorded e) {
            String how = e.correct() ? " correctly in " + Words.duration(e.timeTakenMillis())
                    : " in " + Words.duration(e.timeTakenMillis()) + "; not right this time";
            return List.of(TimelineFact.of(e.studentId(), e.answeredAt(), "Answered " + Words.activity(e.activity())
                            + " on " + e.skill() + how + ".")
                    .source(e.answerId())
                    .figure("activity", e.activity().name()).figure("skill", e.skill()).figure("itemId", e.itemId())
                    .figure("correct", e.correct()).figure("timeTakenMillis", e.timeTakenMillis())
                    .figure("attemptId", e.attemptId())
                    .adds(ANSWERS, 1).adds(CORRECT_ANSWERS, e.correct() ? 1 : 0)
                    .adds(PRACTICE_MILLIS, e.timeTakenMillis()));
        }
        if (event instanceof PracticeAttemptCompleted e) {
            String typing = e.wordsPerMinute() == null ? "" : " Typed " + e.wordsPerMinute()
                    + " words a minute with " + e.accuracyPercent() + "% of keys right.";
            return List.of(TimelineFact.of(e.studentId(), e.completedAt(), "Finished a " + Words.attempt(e.activity())
                            + ": " + e.correctAnswers() + " of " + Words.count(e.answers(), "answer", "answers")
                            + " right." + typing)
                    .source(e.attemptId()).figure("activity", e.activity().name()).figure("answers", e.answers())
                    .figure("correctAnswers", e.correctAnswers()).figure("wordsPerMinute", e.wordsPerMinute())
                    .figure("accuracyPercent", e.accuracyPercent()));
        }
        if (event instanceof PracticeAttemptAbandoned e) {
            return List.of(TimelineFact.of(e.studentId(), e.abandonedAt(), "Stopped a " + Words.attempt(e.activity())
                            + " after " + Words.count(e.answers(), "answer", "answers") + ".")
                    .source(e.attemptId()).figure("activity", e.activity().name()).figure("answers", e.answers()));
        }
        if (event instanceof SkillPracticed e) {
            return List.of(TimelineFact.of(e.studentId(), e.occurredAt(), mastery(e) + " (rule " + e.ruleVersion()
                            + ").")
                    .rule(e.ruleVersion()).source(e.sourceEventId()).figure("skill", e.skill())
                    .figure("previous", e.previous() == null ? null : e.previous().name())
                    .figure("level", e.level().name()).figure("correctInARow", e.correctInARow()));
        }
        return List.of();
    }

    private static String mastery(SkillPracticed e) {
        if (e.previous() == null) {
            return "Started practising " + e.skill() + "; mastery: " + Words.mastery(e.level());
        }
        int change = e.level().compareTo(e.previous());
        if (change > 0) {
            return "Mastery of " + e.skill() + " rose from " + Words.mastery(e.previous()) + " to "
                    + Words.mastery(e.level());
        }
        if (change < 0) {
            return "Mastery of " + e.skill() + " is " + Words.mastery(e.level()) + " for now (it was "
                    + Words.mastery(e.previous()) + "); a few right answers bring it back";
        }
        return "Practised " + e.skill() + "; mastery stays " + Words.mastery(e.level()) + ", "
                + e.correctInARow() + " right in a row";
    }
}
