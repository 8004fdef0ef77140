package uz.daftar.projections.search;

import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.practice.PracticeAttemptAbandoned;
import uz.daftar.events.practice.PracticeAttemptCompleted;
import uz.daftar.events.practice.SkillPracticed;

import java.util.Locale;
import java.util.Optional;

/** Activity documents of the practice context. */
final class PracticeDocuments {

    private PracticeDocuments() {
    }

    static Optional<ActivityDocument> of(Object event) {
        if (event instanceof PracticeAnswerRecorded e) {
            return Optional.of(ActivityDocument.of("PracticeAnswerRecorded", e.studentId(), e.answeredAt(),
                            "Answered " + e.itemId() + " (" + e.skill() + ") " + (e.correct() ? "correctly" : "incorrectly")
                                    + " in " + String.format(Locale.ROOT, "%.1f", e.timeTakenMillis() / 1000.0) + " s.")
                    .with("activity", e.activity().name()).with("skill", e.skill()).with("itemId", e.itemId())
                    .with("correct", e.correct()).with("timeTakenMillis", e.timeTakenMillis()));
        }
        if (event instanceof PracticeAttemptCompleted e) {
            String typing = e.wordsPerMinute() == null ? ""
                    : " Typed " + e.wordsPerMinute() + " words a minute at " + e.accuracyPercent() + "% accuracy.";
            return Optional.of(ActivityDocument.of("PracticeAttemptCompleted", e.studentId(), e.completedAt(),
                            "Finished a " + e.activity().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                                    + e.correctAnswers() + " of " + e.answers() + " right." + typing)
                    .with("activity", e.activity().name()));
        }
        if (event instanceof PracticeAttemptAbandoned e) {
            return Optional.of(ActivityDocument.of("PracticeAttemptAbandoned", e.studentId(), e.abandonedAt(),
                    "Left a " + e.activity().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " after "
                            + e.answers() + " answer(s).").with("activity", e.activity().name()));
        }
        if (event instanceof SkillPracticed e) {
            return Optional.of(ActivityDocument.of("SkillPracticed", e.studentId(), e.occurredAt(),
                    "Mastery of " + e.skill() + ": " + e.level().name().toLowerCase(Locale.ROOT)
                            + (e.previous() == e.level() ? "" : " (was " + (e.previous() == null ? "not started"
                            : e.previous().name().toLowerCase(Locale.ROOT)) + ")") + ".").with("skill", e.skill()));
        }
        return Optional.empty();
    }
}
