package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Award coins for one source event under one rule version; {@code entryId} is derived from both.
 */
public record AwardCoinsCommand(String studentId, String entryId, long amount, String sourceEventId, String sourceType,
                                String ruleVersion, Instant occurredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
