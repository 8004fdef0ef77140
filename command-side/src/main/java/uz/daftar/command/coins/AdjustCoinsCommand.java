package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Correct a wallet by a signed amount, with a reason and evidence.
 */
public record AdjustCoinsCommand(String studentId, String entryId, long amount, String reason, String evidence,
                                 String adminId, Instant adjustedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
