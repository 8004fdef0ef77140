package uz.daftar.events.coins;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Coins were credited to a student's wallet as an olympiad prize (debit {@code platform:issuance}, credit
 * {@code wallet:<student>}), for the rank the frozen standings gave them under {@code prizeRule}. Prizes do not count
 * toward the daily earning cap. Emitted once per (olympiad, student, prize rule): {@code entryId} is derived from them.
 */
@Revision("1")
public record PrizeAwarded(String studentId,
                           String entryId,
                           long amount,
                           String olympiadId,
                           int rank,
                           String prizeRule,
                           String debitAccount,
                           String creditAccount,
                           long balanceAfter,
                           Instant awardedAt) {
}
