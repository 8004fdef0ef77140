package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Coins were credited to a student's wallet because of one learning event (debit {@code platform:issuance},
 * credit {@code wallet:<student>}). Emitted once per (source event, award rule version): {@code entryId} is
 * derived from both. {@code requestedAmount} is what the rule offered; {@code amount} is less when the daily
 * earning cap cut it. {@code occurredAt} is the source event's time.
 */
@Revision("1")
public record CoinsAwarded(String studentId,
                           String entryId,
                           long amount,
                           long requestedAmount,
                           String sourceEventId,
                           String sourceType,
                           String ruleVersion,
                           String debitAccount,
                           String creditAccount,
                           long balanceAfter,
                           Instant occurredAt) {
}
