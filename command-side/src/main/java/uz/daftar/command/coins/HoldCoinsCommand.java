package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Set coins aside for a purpose until {@code expiresAt}.
 */
public record HoldCoinsCommand(String studentId, String holdId, long amount, String purpose, Instant expiresAt,
                               Instant heldAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
