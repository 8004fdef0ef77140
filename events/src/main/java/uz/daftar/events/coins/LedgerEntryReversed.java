package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An earlier entry was undone by a new, opposite entry: its accounts swapped, same amount. The original entry
 * stays as it was; {@code reversedEntryId} links the two, {@code reason} and {@code actorId} say why and who.
 */
@Revision("1")
public record LedgerEntryReversed(String studentId,
                                  String entryId,
                                  String reversedEntryId,
                                  long amount,
                                  String reason,
                                  String actorId,
                                  String debitAccount,
                                  String creditAccount,
                                  long balanceAfter,
                                  Instant reversedAt) {
}
