package uz.daftar.projections.timeline;

import uz.daftar.events.progress.BadgeEarned;
import uz.daftar.events.progress.LevelReached;
import uz.daftar.events.progress.ProgressStarted;
import uz.daftar.events.progress.StreakChanged;
import uz.daftar.events.progress.StreakFreezeEarned;
import uz.daftar.events.progress.StreakFreezeUsed;
import uz.daftar.events.progress.XpAwarded;
import uz.daftar.projections.progress.BadgeNames;

import java.util.List;

import static uz.daftar.projections.timeline.TimelineFigure.BADGES;
import static uz.daftar.projections.timeline.TimelineFigure.STREAK_FREEZES;
import static uz.daftar.projections.timeline.TimelineFigure.XP;

/** Timeline entries of the progress context: XP, levels, streaks and freezes, badges. */
final class ProgressEntries {

    static final List<Class<?>> EVENTS = List.of(ProgressStarted.class, XpAwarded.class, LevelReached.class,
            StreakChanged.class, StreakFreezeEarned.class, StreakFreezeUsed.class, BadgeEarned.class);

    private ProgressEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof ProgressStarted e) {
            return List.of(TimelineFact.of(e.studentId(), e.startedAt(), "Progress began at level 1 with no XP; "
                    + "streak days are counted in " + e.timeZone() + " time.").figure("level", 1)
                    .figure("timeZone", e.timeZone()));
        }
        if (event instanceof XpAwarded e) {
            return List.of(TimelineFact.of(e.studentId(), e.occurredAt(), "Earned " + e.amount() + " XP for "
                            + Words.cause(e.sourceType()) + " (rule " + e.ruleVersion() + "); " + e.totalXp()
                            + " XP in total.")
                    .rule(e.ruleVersion()).source(e.sourceEventId()).figure("xp", e.amount())
                    .figure("totalXp", e.totalXp()).figure("sourceType", e.sourceType()).adds(XP, e.amount()));
        }
        if (event instanceof LevelReached e) {
            return List.of(TimelineFact.of(e.studentId(), e.reachedAt(), "Reached level " + e.level() + " with "
                            + e.totalXp() + " XP (rule " + e.ruleVersion() + ").")
                    .rule(e.ruleVersion()).figure("level", e.level()).figure("totalXp", e.totalXp()));
        }
        if (event instanceof StreakChanged e) {
            String streak = Words.count(e.current(), "day", "days");
            String what = e.day().equals(e.lastActiveDay())
                    ? "Practised on " + e.day() + ": the streak is now " + streak
                    : "Practice on " + e.day() + " counts too: the streak is " + streak + " up to " + e.lastActiveDay();
            return List.of(TimelineFact.of(e.studentId(), e.occurredAt(), what + " (best " + e.best() + ", rule "
                            + e.ruleVersion() + ").")
                    .rule(e.ruleVersion()).figure("day", e.day()).figure("current", e.current())
                    .figure("best", e.best()).figure("lastActiveDay", e.lastActiveDay()));
        }
        if (event instanceof StreakFreezeEarned e) {
            return List.of(TimelineFact.of(e.studentId(), e.occurredAt(), "A full week of practice earned a streak "
                            + "freeze; " + e.available() + " saved (rule " + e.ruleVersion() + ").")
                    .rule(e.ruleVersion()).figure("available", e.available()).adds(STREAK_FREEZES, 1));
        }
        if (event instanceof StreakFreezeUsed e) {
            String covered = e.days().size() == 1 ? "A streak freeze covered " : "Streak freezes covered ";
            return List.of(TimelineFact.of(e.studentId(), e.occurredAt(), covered + Words.list(e.days())
                            + ", so the streak carried on; " + e.available() + " left (rule " + e.ruleVersion() + ").")
                    .rule(e.ruleVersion()).figure("days", e.days().stream().map(Object::toString).toList())
                    .figure("available", e.available()).adds(STREAK_FREEZES, -e.days().size()));
        }
        if (event instanceof BadgeEarned e) {
            return List.of(TimelineFact.of(e.studentId(), e.occurredAt(), "Earned the badge \""
                            + BadgeNames.of(e.badgeId()) + "\" (rule " + e.ruleVersion() + ").")
                    .rule(e.ruleVersion()).source(e.sourceEventId()).figure("badge", e.badgeId()).adds(BADGES, 1));
        }
        return List.of();
    }
}
