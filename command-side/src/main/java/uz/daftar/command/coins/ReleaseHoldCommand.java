package uz.daftar.command.coins;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * Give held coins back to the wallet: explicitly, or ({@code expiry}) because the hold expired at
 * {@code at}.
 */
public record ReleaseHoldCommand(String studentId, String holdId, boolean expiry, Instant at) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.wallet(studentId);
    }
}
