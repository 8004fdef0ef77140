package uz.daftar.command.progress;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Award XP for one source event under one rule version; {@code awardId} is derived from both. */
public record AwardXpCommand(String studentId,
                             String awardId,
                             long amount,
                             String sourceEventId,
                             String sourceType,
                             String ruleVersion,
                             Instant occurredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.progress(studentId);
    }
}
