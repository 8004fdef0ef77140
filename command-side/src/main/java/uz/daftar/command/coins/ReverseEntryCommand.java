package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Undo an earlier entry with an opposite one.
 */
public record ReverseEntryCommand(String studentId, String entryId, String reversedEntryId, String reason, String actorId,
                                  Instant reversedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
