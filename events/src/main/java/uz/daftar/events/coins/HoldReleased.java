package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Held coins went back to the wallet (debit {@code escrow:<student>}, credit {@code wallet:<student>}), because the
 * purpose released them or because the hold expired ({@code expired}).
 */
@Revision("1")
public record HoldReleased(String studentId,
                           String holdId,
                           String entryId,
                           long amount,
                           boolean expired,
                           String debitAccount,
                           String creditAccount,
                           long balanceAfter,
                           Instant releasedAt) {
}
