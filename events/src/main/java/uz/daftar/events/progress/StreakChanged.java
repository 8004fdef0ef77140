package uz.daftar.events.progress;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The student's daily streak changed because {@code day} now counts: {@code current} consecutive days (in the student's time zone, frozen days
 * included) end on {@code lastActiveDay}; {@code best} is the longest streak ever. A late answer for an earlier
 * day can raise both. {@code occurredAt} is the time of the activity that caused the change.
 */
@Revision("1")
public record StreakChanged(String studentId, LocalDate day, int current, int best, LocalDate lastActiveDay,
                            String ruleVersion, Instant occurredAt) {
}
