package uz.daftar.projections.coins;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import uz.daftar.events.coins.CoinAwardCapped;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.coins.PrizeAwarded;

/**
 * The coin ledger as families and admins read it: one row per movement of a student's coins, ordered as the
 * wallet recorded them, each with its two accounts, the wallet balance after it, where it came from and the event
 * that recorded it (for a receipt of the entry, docs/RECEIPTS.md).
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "coin-ledger";

    private final LedgerWriter writer;

    LedgerProjection(LedgerWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(CoinsAwarded e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        writer.insert(new LedgerEntryRow(e.studentId(), e.entryId(), seq, "AWARD", e.amount(), e.amount(),
                e.debitAccount(), e.creditAccount(), e.balanceAfter(), e.sourceEventId(), e.sourceType(),
                e.ruleVersion(), null, null, null, null, e.occurredAt()), eventId);
    }

    @EventHandler
    void on(PrizeAwarded e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        writer.insert(new LedgerEntryRow(e.studentId(), e.entryId(), seq, "PRIZE", e.amount(), e.amount(),
                e.debitAccount(), e.creditAccount(), e.balanceAfter(), e.olympiadId(), "Olympiad", e.prizeRule(), null,
                null, "Prize for rank " + e.rank() + " in olympiad " + e.olympiadId(), null, e.awardedAt()), eventId);
    }

    @EventHandler
    void on(CoinAwardCapped e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        writer.insert(new LedgerEntryRow(e.studentId(), e.entryId(), seq, "AWARD_CAPPED", 0, 0, null, null, null,
                e.sourceEventId(), null, e.ruleVersion(), null, null,
                "Daily cap of " + e.dailyCap() + " coins reached on " + e.day(), null, e.occurredAt()), eventId);
    }

    @EventHandler
    void on(CoinsSpent e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        writer.insert(new LedgerEntryRow(e.studentId(), e.entryId(), seq, "SPEND", e.amount(), -e.amount(),
                e.debitAccount(), e.creditAccount(), e.balanceAfter(), null, null, null, null, null, e.purpose(),
                null, e.spentAt()), eventId);
    }

    @EventHandler
    void on(CoinsHeld e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        writer.insert(new LedgerEntryRow(e.studentId(), "hold:" + e.holdId(), seq, "HOLD", e.amount(), -e.amount(),
                e.debitAccount(), e.creditAccount(), e.balanceAfter(), null, null, null, e.holdId(), null,
                e.purpose(), null, e.heldAt()), eventId);
    }

    @EventHandler
    void on(HoldCaptured e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        writer.insert(new LedgerEntryRow(e.studentId(), e.entryId(), seq, "HOLD_CAPTURED", e.amount(), 0,
                e.debitAccount(), e.creditAccount(), null, null, null, null, e.holdId(), null, null, null,
                e.capturedAt()), eventId);
    }

    @EventHandler
    void on(HoldReleased e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        writer.insert(new LedgerEntryRow(e.studentId(), e.entryId(), seq, e.expired() ? "HOLD_EXPIRED"
                : "HOLD_RELEASED", e.amount(), e.amount(), e.debitAccount(), e.creditAccount(), e.balanceAfter(),
                null, null, null, e.holdId(), null, null, null, e.releasedAt()), eventId);
    }

    @EventHandler
    void on(LedgerEntryReversed e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        long delta = e.creditAccount().startsWith("wallet:") ? e.amount() : -e.amount();
        writer.insert(new LedgerEntryRow(e.studentId(), e.entryId(), seq, "REVERSAL", e.amount(), delta,
                e.debitAccount(), e.creditAccount(), e.balanceAfter(), null, null, null, null, e.reversedEntryId(),
                e.reason(), e.actorId(), e.reversedAt()), eventId);
    }

    @EventHandler
    void on(CoinsAdjusted e, @SequenceNumber long seq, @MessageIdentifier String eventId) {
        writer.insert(new LedgerEntryRow(e.studentId(), e.entryId(), seq, "ADJUSTMENT", Math.abs(e.amount()),
                e.amount(), e.debitAccount(), e.creditAccount(), e.balanceAfter(), e.evidence(), null, null, null,
                null, e.reason(), e.adminId(), e.adjustedAt()), eventId);
    }

    @ResetHandler
    void reset() {
        writer.clear();
    }
}
