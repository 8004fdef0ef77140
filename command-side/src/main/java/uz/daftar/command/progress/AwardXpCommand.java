package uz.daftar.command.progress;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Award XP for one source event under one rule version; {@code awardId} is derived from both. */
public record AwardXpCommand(@TargetAggregateIdentifier String studentId,
                             String awardId,
                             long amount,
                             String sourceEventId,
                             String sourceType,
                             String ruleVersion,
                             Instant occurredAt) {
}
