package uz.daftar.projections.progress;

import java.time.Instant;

/** One badge a student earned. */
public record BadgeRow(String badgeId, String ruleVersion, String sourceEventId, Instant earnedAt) {
}
