package uz.daftar.events.progress;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student earned experience points because of one learning event.
 * <p>
 * Emitted at most once per (source event, XP rule version): {@code awardId} is derived from both, so a retry or a
 * replay of the cause can never pay twice. {@code totalXp} is the student's XP after this award; XP is never lost.
 * {@code occurredAt} is the time of the source event, not the time of processing.
 */
@Revision("1")
public record XpAwarded(String studentId,
                        String awardId,
                        long amount,
                        long totalXp,
                        String sourceEventId,
                        String sourceType,
                        String ruleVersion,
                        Instant occurredAt) {
}
