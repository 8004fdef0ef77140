package uz.daftar.events.progress;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student earned a badge under the badge rules {@code ruleVersion}. Badges are earned once and never taken
 * away; {@code sourceEventId} is the learning event that completed it, {@code occurredAt} its time.
 */
@Revision("1")
public record BadgeEarned(String studentId, String badgeId, String ruleVersion, String sourceEventId,
                          Instant occurredAt) {
}
