package uz.daftar.projections.timeline;

import uz.daftar.events.coins.CoinAwardCapped;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerAccounts;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.coins.PrizeAwarded;
import uz.daftar.events.coins.WalletOpened;

import java.util.List;

import static uz.daftar.projections.timeline.TimelineFigure.COINS;
import static uz.daftar.projections.timeline.TimelineFigure.COINS_HELD;

/**
 * Timeline entries of the coins context: every movement of a student's coins, with what it did to the spendable
 * wallet ({@code coins}) and to the coins on hold ({@code held}), and the balance after it.
 */
final class CoinEntries {

    static final List<Class<?>> EVENTS = List.of(WalletOpened.class, CoinsAwarded.class, CoinAwardCapped.class,
            PrizeAwarded.class, CoinsSpent.class, CoinsHeld.class, HoldCaptured.class, HoldReleased.class,
            LedgerEntryReversed.class, CoinsAdjusted.class);

    private CoinEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof WalletOpened e) {
            return List.of(TimelineFact.of(e.studentId(), e.openedAt(), "A coin wallet was opened, empty."));
        }
        if (event instanceof CoinsAwarded e) {
            long over = e.requestedAmount() - e.amount();
            String capped = over > 0
                    ? "; " + Words.count(over, "more was", "more were") + " over the daily limit" : "";
            return List.of(coins(TimelineFact.of(e.studentId(), e.occurredAt(), "Earned " + coins(e.amount())
                            + " for " + Words.cause(e.sourceType()) + " (rule " + e.ruleVersion() + capped
                            + "); balance " + e.balanceAfter() + "."), e.amount(), 0, e.balanceAfter())
                    .rule(e.ruleVersion()).source(e.sourceEventId()).figure("requestedCoins", e.requestedAmount())
                    .figure("entryId", e.entryId()));
        }
        if (event instanceof CoinAwardCapped e) {
            return List.of(TimelineFact.of(e.studentId(), e.occurredAt(), "No coins this time: the daily limit of "
                            + coins(e.dailyCap()) + " was already reached on " + e.day() + " (rule " + e.ruleVersion()
                            + ").")
                    .rule(e.ruleVersion()).source(e.sourceEventId()).figure("requestedCoins", e.requestedAmount())
                    .figure("dailyCap", e.dailyCap()).figure("day", e.day()).figure("entryId", e.entryId()));
        }
        if (event instanceof PrizeAwarded e) {
            return List.of(coins(TimelineFact.of(e.studentId(), e.awardedAt(), "Won " + coins(e.amount())
                            + " for place " + e.rank() + " in olympiad " + e.olympiadId() + " (rule " + e.prizeRule()
                            + "); balance " + e.balanceAfter() + "."), e.amount(), 0, e.balanceAfter())
                    .rule(e.prizeRule()).source(e.olympiadId()).figure("rank", e.rank())
                    .figure("entryId", e.entryId()));
        }
        if (event instanceof CoinsSpent e) {
            return List.of(coins(TimelineFact.of(e.studentId(), e.spentAt(), "Spent " + coins(e.amount()) + " on "
                    + e.purpose() + "; balance " + e.balanceAfter() + "."), -e.amount(), 0, e.balanceAfter())
                    .source(e.entryId()).figure("purpose", e.purpose()));
        }
        if (event instanceof CoinsHeld e) {
            return List.of(coins(TimelineFact.of(e.studentId(), e.heldAt(), "Set aside " + coins(e.amount()) + " for "
                            + e.purpose() + " until " + Words.at(e.expiresAt()) + "; balance " + e.balanceAfter()
                            + "."),
                    -e.amount(), e.amount(), e.balanceAfter())
                    .source(e.holdId()).figure("purpose", e.purpose()).figure("expiresAt", e.expiresAt()));
        }
        if (event instanceof HoldCaptured e) {
            return List.of(coins(TimelineFact.of(e.studentId(), e.capturedAt(), "The " + coins(e.amount())
                    + " set aside (hold " + e.holdId() + ") were used for their purpose."), 0, -e.amount(), null)
                    .source(e.holdId()));
        }
        if (event instanceof HoldReleased e) {
            return List.of(coins(TimelineFact.of(e.studentId(), e.releasedAt(), "The " + coins(e.amount())
                            + " set aside (hold " + e.holdId() + ") came back to the wallet"
                            + (e.expired() ? " when the hold ran out" : "") + "; balance " + e.balanceAfter() + "."),
                    e.amount(), -e.amount(), e.balanceAfter())
                    .source(e.holdId()).figure("expired", e.expired()));
        }
        if (event instanceof LedgerEntryReversed e) {
            boolean intoWallet = e.creditAccount().equals(LedgerAccounts.wallet(e.studentId()));
            return List.of(coins(TimelineFact.of(e.studentId(), e.reversedAt(), "Entry " + e.reversedEntryId()
                            + " was undone (" + e.reason() + "): " + coins(e.amount()) + (intoWallet
                            ? " back into" : " out of") + " the wallet; balance " + e.balanceAfter() + "."),
                    intoWallet ? e.amount() : -e.amount(), 0, e.balanceAfter())
                    .source(e.reversedEntryId()).figure("entryId", e.entryId()).figure("reason", e.reason()));
        }
        if (event instanceof CoinsAdjusted e) {
            String what = e.amount() > 0 ? "An admin added " + coins(e.amount())
                    : "An admin took back " + coins(-e.amount());
            return List.of(coins(TimelineFact.of(e.studentId(), e.adjustedAt(), what + " (" + e.reason()
                            + "); balance " + e.balanceAfter() + "."), e.amount(), 0, e.balanceAfter())
                    .source(e.evidence()).figure("entryId", e.entryId()).figure("reason", e.reason()));
        }
        return List.of();
    }

    private static TimelineFact coins(TimelineFact fact, long wallet, long held, Long balanceAfter) {
        return fact.figure("coins", wallet == 0 ? null : wallet).figure("held", held == 0 ? null : held)
                .figure("balanceAfter", balanceAfter).adds(COINS, wallet).adds(COINS_HELD, held);
    }

    private static String coins(long amount) {
        return Words.count(amount, "coin", "coins");
    }
}
