package uz.daftar.projections.search;

import uz.daftar.events.coins.CoinAwardCapped;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.coins.PrizeAwarded;

import java.time.Instant;
import java.util.Optional;

/** Activity documents of the coins context. */
final class CoinDocuments {

    private CoinDocuments() {
    }

    static Optional<ActivityDocument> of(Object event) {
        if (event instanceof CoinsAwarded e) {
            return coins("CoinsAwarded", e.studentId(), e.occurredAt(), e.entryId(), e.amount(), "Earned " + e.amount()
                    + " coin(s) for " + e.sourceType() + " " + e.sourceEventId() + " under rule " + e.ruleVersion()
                    + "; balance " + e.balanceAfter() + ".").map(d -> d.with("ruleVersion", e.ruleVersion()));
        }
        if (event instanceof PrizeAwarded e) {
            return coins("PrizeAwarded", e.studentId(), e.awardedAt(), e.entryId(), e.amount(), "Won " + e.amount()
                    + " coin(s) for rank " + e.rank() + " in olympiad " + e.olympiadId() + "; balance "
                    + e.balanceAfter() + ".").map(d -> d.with("olympiadId", e.olympiadId())
                    .with("ruleVersion", e.prizeRule()));
        }
        if (event instanceof CoinAwardCapped e) {
            return coins("CoinAwardCapped", e.studentId(), e.occurredAt(), e.entryId(), 0, "No coins for "
                    + e.sourceEventId() + ": the daily cap of " + e.dailyCap() + " was reached on " + e.day() + ".");
        }
        if (event instanceof CoinsSpent e) {
            return coins("CoinsSpent", e.studentId(), e.spentAt(), e.entryId(), e.amount(), "Spent " + e.amount()
                    + " coin(s) on " + e.purpose() + "; balance " + e.balanceAfter() + ".");
        }
        if (event instanceof CoinsHeld e) {
            return coins("CoinsHeld", e.studentId(), e.heldAt(), "hold:" + e.holdId(), e.amount(), e.amount()
                    + " coin(s) held for " + e.purpose() + " until " + e.expiresAt() + ".");
        }
        if (event instanceof HoldCaptured e) {
            return coins("HoldCaptured", e.studentId(), e.capturedAt(), e.entryId(), e.amount(), "The " + e.amount()
                    + " held coin(s) of hold " + e.holdId() + " were used.");
        }
        if (event instanceof HoldReleased e) {
            return coins("HoldReleased", e.studentId(), e.releasedAt(), e.entryId(), e.amount(), "The " + e.amount()
                    + " held coin(s) of hold " + e.holdId() + " came back" + (e.expired() ? " when the hold expired"
                    : "") + "; balance " + e.balanceAfter() + ".");
        }
        if (event instanceof LedgerEntryReversed e) {
            return coins("LedgerEntryReversed", e.studentId(), e.reversedAt(), e.entryId(), e.amount(), "Entry "
                    + e.reversedEntryId() + " was reversed: " + e.reason() + "; balance " + e.balanceAfter() + ".");
        }
        if (event instanceof CoinsAdjusted e) {
            return coins("CoinsAdjusted", e.studentId(), e.adjustedAt(), e.entryId(), e.amount(), "Coins adjusted by "
                    + e.amount() + ": " + e.reason() + "; balance " + e.balanceAfter() + ".");
        }
        return Optional.empty();
    }

    private static Optional<ActivityDocument> coins(String type, String studentId, Instant at, String entryId,
                                                    long coins, String description) {
        return Optional.of(ActivityDocument.of(type, studentId, at, description).with("entryId", entryId)
                .with("coins", coins));
    }
}
