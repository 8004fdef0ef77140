package uz.daftar.events.progress;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Banked freezes covered the missed {@code days} so the streak continues; {@code available} freezes remain.
 */
@Revision("1")
public record StreakFreezeUsed(String studentId, List<LocalDate> days, int available, String ruleVersion,
                               Instant occurredAt) {
}
