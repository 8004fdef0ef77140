package uz.daftar.query.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A student's dashboard as a permitted reader sees it. {@code displayName} is null once the student's personal
 * data has been erased. {@code currentStreak} is the streak as of today in the student's time zone: the streak
 * ending on {@code lastStreakDay} while that is today or yesterday, else 0. {@code explanations} links each number
 * (by field name) to the events that produced it ({@link DashboardFigure}).
 */
public record StudentDashboardView(String studentId,
                                   String displayName,
                                   String timeZone,
                                   String language,
                                   Instant registeredAt,
                                   long answers,
                                   long correctAnswers,
                                   long practiceMinutes,
                                   long totalXp,
                                   int level,
                                   int currentStreak,
                                   int bestStreak,
                                   LocalDate lastStreakDay,
                                   int streakFreezes,
                                   List<Badge> badges,
                                   List<SkillMastery> mastery,
                                   long coinBalance,
                                   long coinsHeld,
                                   Instant lastActiveAt,
                                   Map<String, String> explanations) {

    /** How well the student knows one skill, under which mastery rule. */
    public record SkillMastery(String skill, String level, int correctInARow, long answers, String ruleVersion) {
    }

    /** A badge, the rule it was earned under and the learning event that completed it. */
    public record Badge(String badgeId, String ruleVersion, String sourceEventId, Instant earnedAt) {
    }
}
