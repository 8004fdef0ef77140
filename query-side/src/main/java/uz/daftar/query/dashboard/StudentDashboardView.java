package uz.daftar.query.dashboard;

import java.time.Instant;

/**
 * A student's dashboard as a permitted reader sees it. {@code displayName} is null once the student's personal
 * data has been erased.
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
                                   long coinBalance,
                                   long coinsHeld,
                                   Instant lastActiveAt) {
}
