package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Coins were set aside for a purpose (debit {@code wallet:<student>}, credit {@code escrow:<student>}) until they
 * are captured, released, or the hold expires at {@code expiresAt} and is released by the deadline.
 */
@Revision("1")
public record CoinsHeld(String studentId,
                        String holdId,
                        long amount,
                        String purpose,
                        Instant expiresAt,
                        String debitAccount,
                        String creditAccount,
                        long balanceAfter,
                        Instant heldAt) {
}
