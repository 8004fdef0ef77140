package uz.daftar.projections.coins;

import java.time.Instant;

/**
 * One movement of a student's coins. {@code amount} is what moved from {@code debitAccount} to
 * {@code creditAccount}; {@code walletDelta} is what it did to the spendable wallet; {@code balanceAfter} is the
 * wallet balance after it (null when the wallet was not touched). {@code sourceEventId} links an award to the
 * learning event behind it (for an adjustment: the evidence).
 */
public record LedgerEntryRow(String studentId,
                             String entryId,
                             long seq,
                             String kind,
                             long amount,
                             long walletDelta,
                             String debitAccount,
                             String creditAccount,
                             Long balanceAfter,
                             String sourceEventId,
                             String sourceType,
                             String ruleVersion,
                             String holdId,
                             String reversedEntryId,
                             String reason,
                             String actorId,
                             Instant occurredAt) {
}
