package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

/**
 * Asks the wallet whether an entry could be reversed now (it exists, was not reversed, and reversing it keeps the
 * balance at or above zero), before a decision relies on it; appends nothing, and is rejected as the reversal
 * itself would be.
 */
public record ConfirmReversibleCommand(String studentId, String entryId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
