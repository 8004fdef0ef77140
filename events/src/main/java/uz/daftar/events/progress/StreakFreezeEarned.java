package uz.daftar.events.progress;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A streak freeze was earned (a full week of streak); {@code available} freezes are banked after it. */
@Revision("1")
public record StreakFreezeEarned(String studentId, int available, String ruleVersion, Instant occurredAt) {
}
