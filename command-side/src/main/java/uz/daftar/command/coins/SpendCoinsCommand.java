package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Spend coins from the wallet; {@code entryId} is the client's id for the spend.
 */
public record SpendCoinsCommand(String studentId, String entryId, long amount, String purpose, Instant spentAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
