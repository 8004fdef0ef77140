package uz.daftar.command.coins;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.coins.CoinAwardCapped;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.coins.PrizeAwarded;
import uz.daftar.events.coins.WalletOpened;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uz.daftar.events.coins.LedgerAccounts.ISSUANCE;
import static uz.daftar.events.coins.LedgerAccounts.SPENDING;
import static uz.daftar.events.coins.LedgerAccounts.escrow;
import static uz.daftar.events.coins.LedgerAccounts.wallet;

/**
 * A student's coin wallet (coins context), the consistency boundary of the student's side of the ledger.
 * <p>
 * Invariants: the balance never goes below zero; spends and holds are of positive amounts; an entry id is used
 * once (a repeat changes nothing); an award id pays at most once; awards on one local day pay at most
 * {@link CoinRule#DAILY_CAP} (olympiad prizes are not awards of learning and do not count); a hold is captured or
 * released once; an entry is reversed at most once, and only awards, prizes, spends and adjustments can be.
 */
@Aggregate
public class Wallet {

    @AggregateIdentifier
    private String streamId;
    private String studentId;
    private ZoneId zone;
    private long balance;
    private final Set<String> entryIds = new HashSet<>();
    private final Map<String, Long> reversible = new HashMap<>();
    private final Map<String, Hold> holds = new HashMap<>();
    private final Map<LocalDate, Long> awardedOn = new HashMap<>();

    protected Wallet() {
    }

    @CommandHandler
    public Wallet(OpenWalletCommand command) {
        apply(new WalletOpened(command.studentId(), command.timeZone(), command.openedAt()));
    }

    @CommandHandler
    public void handle(AwardCoinsCommand command) {
        if (entryIds.contains(command.entryId()) || command.amount() <= 0) {
            return;
        }
        LocalDate day = command.occurredAt().atZone(zone).toLocalDate();
        long room = Math.max(0, CoinRule.DAILY_CAP - awardedOn.getOrDefault(day, 0L));
        long amount = Math.min(command.amount(), room);
        if (amount == 0) {
            apply(new CoinAwardCapped(studentId, command.entryId(), command.amount(), command.sourceEventId(),
                    command.ruleVersion(), day, CoinRule.DAILY_CAP, command.occurredAt()));
            return;
        }
        apply(new CoinsAwarded(studentId, command.entryId(), amount, command.amount(), command.sourceEventId(),
                command.sourceType(), command.ruleVersion(), ISSUANCE, wallet(studentId), balance + amount,
                command.occurredAt()));
    }

    @CommandHandler
    public void handle(PayPrizeCommand command) {
        if (entryIds.contains(command.entryId())) {
            return;
        }
        requirePositive(command.amount());
        apply(new PrizeAwarded(studentId, command.entryId(), command.amount(), command.olympiadId(), command.rank(),
                command.prizeRule(), ISSUANCE, wallet(studentId), balance + command.amount(), command.awardedAt()));
    }

    @CommandHandler
    public void handle(SpendCoinsCommand command) {
        if (entryIds.contains(command.entryId())) {
            return;
        }
        requirePositive(command.amount());
        requireAffordable(command.amount());
        apply(new CoinsSpent(studentId, command.entryId(), command.amount(), command.purpose(), wallet(studentId),
                SPENDING, balance - command.amount(), command.spentAt()));
    }

    @CommandHandler
    public void handle(HoldCoinsCommand command) {
        if (holds.containsKey(command.holdId())) {
            return;
        }
        requirePositive(command.amount());
        requireAffordable(command.amount());
        apply(new CoinsHeld(studentId, command.holdId(), command.amount(), command.purpose(), command.expiresAt(),
                wallet(studentId), escrow(studentId), balance - command.amount(), command.heldAt()));
    }

    @CommandHandler
    public void handle(CaptureHoldCommand command) {
        Hold hold = openHold(command.holdId());
        if (hold == null) {
            return;
        }
        apply(new HoldCaptured(studentId, command.holdId(), "capture:" + command.holdId(), hold.amount(),
                escrow(studentId), SPENDING, command.capturedAt()));
    }

    @CommandHandler
    public void handle(ReleaseHoldCommand command) {
        Hold hold = openHold(command.holdId());
        if (hold == null || command.expiry() && command.at().isBefore(hold.expiresAt())) {
            return;
        }
        apply(new HoldReleased(studentId, command.holdId(), "release:" + command.holdId(), hold.amount(),
                command.expiry(), escrow(studentId), wallet(studentId), balance + hold.amount(), command.at()));
    }

    @CommandHandler
    public void handle(ReverseEntryCommand command) {
        if (entryIds.contains(command.entryId())) {
            return;
        }
        long delta = reversibleDelta(command.reversedEntryId());
        boolean intoWallet = delta < 0;
        apply(new LedgerEntryReversed(studentId, command.entryId(), command.reversedEntryId(), Math.abs(delta),
                command.reason(), command.actorId(), intoWallet ? SPENDING : wallet(studentId),
                intoWallet ? wallet(studentId) : ISSUANCE, balance - delta, command.reversedAt()));
    }

    @CommandHandler
    public void handle(AdjustCoinsCommand command) {
        if (entryIds.contains(command.entryId())) {
            return;
        }
        if (command.amount() == 0) {
            throw CommandRejected.unprocessable("empty-adjustment", "An adjustment of 0 coins changes nothing.");
        }
        requireAffordable(-command.amount());
        boolean in = command.amount() > 0;
        apply(new CoinsAdjusted(studentId, command.entryId(), command.amount(), command.reason(), command.evidence(),
                command.adminId(), in ? ISSUANCE : wallet(studentId), in ? wallet(studentId) : SPENDING,
                balance + command.amount(), command.adjustedAt()));
    }

    @CommandHandler
    public void handle(ConfirmEntryCommand command) {
        String id = command.entryId();
        boolean held = id.startsWith("hold:") && holds.containsKey(id.substring("hold:".length()));
        if (!entryIds.contains(id) && !held) {
            throw CommandRejected.notFound("unknown-entry", "No entry " + id + " in the wallet of " + studentId + ".");
        }
    }

    @CommandHandler
    public void handle(ConfirmReversibleCommand command) {
        reversibleDelta(command.entryId());
    }

    /** What reversing the entry takes out of the wallet (negative: puts in); rejected when it cannot be reversed. */
    private long reversibleDelta(String entryId) {
        Long delta = reversible.get(entryId);
        if (delta == null) {
            throw entryIds.contains(entryId)
                    ? CommandRejected.conflict("entry-not-reversible", "Entry " + entryId
                    + " was already reversed, or is a hold movement, which is captured or released instead.")
                    : CommandRejected.notFound("unknown-entry", "No entry " + entryId + " in the wallet of "
                    + studentId + ".");
        }
        requireAffordable(delta);
        return delta;
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw CommandRejected.unprocessable("non-positive-amount", "An amount of coins must be positive, not "
                    + amount + ".");
        }
    }

    private void requireAffordable(long amount) {
        if (amount > balance) {
            throw CommandRejected.unprocessable("insufficient-coins", "The wallet of " + studentId + " holds "
                    + balance + " coins; " + amount + " are needed.");
        }
    }

    private Hold openHold(String holdId) {
        Hold hold = holds.get(holdId);
        if (hold == null) {
            throw CommandRejected.notFound("unknown-hold", "No hold " + holdId + " in the wallet of " + studentId
                    + ".");
        }
        return hold.open() ? hold : null;
    }

    @EventSourcingHandler
    void on(WalletOpened event) {
        streamId = StreamIds.wallet(event.studentId());
        studentId = event.studentId();
        zone = ZoneId.of(event.timeZone());
    }

    @EventSourcingHandler
    void on(CoinsAwarded event) {
        record(event.entryId(), event.amount(), event.balanceAfter());
        awardedOn.merge(event.occurredAt().atZone(zone).toLocalDate(), event.amount(), Long::sum);
    }

    @EventSourcingHandler
    void on(PrizeAwarded event) {
        record(event.entryId(), event.amount(), event.balanceAfter());
    }

    @EventSourcingHandler
    void on(CoinAwardCapped event) {
        entryIds.add(event.entryId());
    }

    @EventSourcingHandler
    void on(CoinsSpent event) {
        record(event.entryId(), -event.amount(), event.balanceAfter());
    }

    @EventSourcingHandler
    void on(CoinsAdjusted event) {
        record(event.entryId(), event.amount(), event.balanceAfter());
    }

    @EventSourcingHandler
    void on(LedgerEntryReversed event) {
        reversible.remove(event.reversedEntryId());
        entryIds.add(event.entryId());
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(CoinsHeld event) {
        holds.put(event.holdId(), new Hold(event.amount(), event.expiresAt(), true));
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(HoldCaptured event) {
        holds.computeIfPresent(event.holdId(), (id, hold) -> hold.closed());
        entryIds.add(event.entryId());
    }

    @EventSourcingHandler
    void on(HoldReleased event) {
        holds.computeIfPresent(event.holdId(), (id, hold) -> hold.closed());
        entryIds.add(event.entryId());
        balance = event.balanceAfter();
    }

    private void record(String entryId, long walletDelta, long balanceAfter) {
        entryIds.add(entryId);
        reversible.put(entryId, walletDelta);
        balance = balanceAfter;
    }

    private record Hold(long amount, Instant expiresAt, boolean open) {
        Hold closed() {
            return new Hold(amount, expiresAt, false);
        }
    }
}
