package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Held coins were taken for their purpose (debit {@code escrow:<student>}, credit {@code platform:spending}). */
@Revision("1")
public record HoldCaptured(String studentId,
                           String holdId,
                           String entryId,
                           long amount,
                           String debitAccount,
                           String creditAccount,
                           Instant capturedAt) {
}
