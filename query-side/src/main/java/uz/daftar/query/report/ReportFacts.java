package uz.daftar.query.report;

import java.util.List;

/**
 * The pseudonymous figures of a parent report, derived from the {@link ParentReport} itself (never recomputed):
 * what a generated narrative may be written from. No name, no birth date, no guardian, no free text; the student
 * appears under its pseudonymous id only.
 */
public record ReportFacts(String studentId,
                          ReportPeriod period,
                          long xpEarned,
                          long totalXp,
                          int level,
                          long answers,
                          long correctAnswers,
                          Integer accuracyPercent,
                          long minutes,
                          int activeDays,
                          int longestStreak,
                          Coins coins,
                          List<ParentReport.Skill> skills,
                          List<Badge> badges) {

    /** Coins at the start and end of the period, and what came in and went out. */
    public record Coins(long opening, long earned, long spent, long closing) {
    }

    public record Badge(String badgeId, String name) {
    }

    public static ReportFacts of(ParentReport report) {
        ParentReport.Summary summary = report.summary();
        ParentReport.Coins coins = report.coins();
        return new ReportFacts(report.studentId(), report.period(), summary.xpEarned(), summary.totalXp(),
                summary.level(), summary.answers(), summary.correctAnswers(), summary.accuracyPercent(),
                summary.minutes(), summary.activeDays(), summary.longestStreak(),
                new Coins(coins.openingBalance(), coins.earned(), coins.spent(), coins.closingBalance()),
                report.skills(), report.badges().stream().map(badge -> new Badge(badge.badgeId(), badge.name()))
                .toList());
    }
}
