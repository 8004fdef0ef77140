package uz.daftar.projections.search;

import uz.daftar.events.progress.BadgeEarned;
import uz.daftar.events.progress.LevelReached;
import uz.daftar.events.progress.StreakChanged;
import uz.daftar.events.progress.StreakFreezeEarned;
import uz.daftar.events.progress.StreakFreezeUsed;
import uz.daftar.events.progress.XpAwarded;

import java.util.Optional;

/** Activity documents of the progress context. */
final class ProgressDocuments {

    private ProgressDocuments() {
    }

    static Optional<ActivityDocument> of(Object event) {
        if (event instanceof XpAwarded e) {
            return Optional.of(ActivityDocument.of("XpAwarded", e.studentId(), e.occurredAt(),
                            "Earned " + e.amount() + " XP for " + e.sourceType() + " " + e.sourceEventId()
                                    + " under rule " + e.ruleVersion() + "; " + e.totalXp() + " XP in total.")
                    .with("xp", e.amount()).with("ruleVersion", e.ruleVersion()));
        }
        if (event instanceof LevelReached e) {
            return Optional.of(ActivityDocument.of("LevelReached", e.studentId(), e.reachedAt(),
                    "Reached level " + e.level() + " with " + e.totalXp() + " XP.").with("ruleVersion", e.ruleVersion()));
        }
        if (event instanceof StreakChanged e) {
            return Optional.of(ActivityDocument.of("StreakChanged", e.studentId(), e.occurredAt(),
                    "Practised on " + e.day() + ": a streak of " + e.current() + " day(s) up to " + e.lastActiveDay()
                            + ", best " + e.best() + "."));
        }
        if (event instanceof StreakFreezeEarned e) {
            return Optional.of(ActivityDocument.of("StreakFreezeEarned", e.studentId(), e.occurredAt(),
                    "A full week of practice earned a streak freeze; " + e.available() + " saved."));
        }
        if (event instanceof StreakFreezeUsed e) {
            return Optional.of(ActivityDocument.of("StreakFreezeUsed", e.studentId(), e.occurredAt(),
                    "Streak freezes kept the streak over " + e.days() + "; " + e.available() + " left."));
        }
        if (event instanceof BadgeEarned e) {
            return Optional.of(ActivityDocument.of("BadgeEarned", e.studentId(), e.occurredAt(),
                    "Earned the badge " + e.badgeId() + " (rules " + e.ruleVersion() + ").")
                    .with("ruleVersion", e.ruleVersion()));
        }
        return Optional.empty();
    }
}
