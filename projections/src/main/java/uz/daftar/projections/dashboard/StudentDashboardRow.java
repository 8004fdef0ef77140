package uz.daftar.projections.dashboard;

import java.time.Instant;
import java.time.LocalDate;

/** One student's dashboard as stored; the profile is still sealed. */
public record StudentDashboardRow(String studentId,
                                  String profileKeyId,
                                  String sealedProfile,
                                  String timeZone,
                                  String language,
                                  Instant registeredAt,
                                  long answers,
                                  long correctAnswers,
                                  long practiceMillis,
                                  long totalXp,
                                  int level,
                                  int currentStreak,
                                  int bestStreak,
                                  LocalDate lastStreakDay,
                                  int streakFreezes,
                                  long coinBalance,
                                  long coinsHeld,
                                  Instant lastActiveAt) {
}
