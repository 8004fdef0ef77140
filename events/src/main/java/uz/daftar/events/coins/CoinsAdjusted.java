package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An admin corrected a wallet by a new entry, never by an edit: coins in (debit {@code platform:issuance}) or out
 * (credit {@code platform:spending}), with the reason and a reference to the evidence.
 */
@Revision("1")
public record CoinsAdjusted(String studentId,
                            String entryId,
                            long amount,
                            String reason,
                            String evidence,
                            String adminId,
                            String debitAccount,
                            String creditAccount,
                            long balanceAfter,
                            Instant adjustedAt) {
}
