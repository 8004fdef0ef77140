package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A student spent coins (debit {@code wallet:<student>}, credit {@code platform:spending}). */
@Revision("1")
public record CoinsSpent(String studentId,
                         String entryId,
                         long amount,
                         String purpose,
                         String debitAccount,
                         String creditAccount,
                         long balanceAfter,
                         Instant spentAt) {
}
