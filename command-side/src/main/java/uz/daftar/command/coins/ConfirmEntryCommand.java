package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

/**
 * Asks the wallet whether it holds a ledger entry of this id (as the ledger shows it: {@code hold:<holdId>} for a
 * hold), before something refers to it; appends nothing, and is rejected when there is no such entry.
 */
public record ConfirmEntryCommand(String studentId, String entryId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
