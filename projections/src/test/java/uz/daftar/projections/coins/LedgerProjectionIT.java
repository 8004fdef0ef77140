package uz.daftar.projections.coins;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.coins.CoinAwardCapped;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.coins.PrizeAwarded;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uz.daftar.events.coins.LedgerAccounts.ISSUANCE;
import static uz.daftar.events.coins.LedgerAccounts.SPENDING;
import static uz.daftar.events.coins.LedgerAccounts.escrow;
import static uz.daftar.events.coins.LedgerAccounts.wallet;

/**
 * The coin ledger's rules, by calling the projection's handlers directly against a real PostgreSQL. Entries are
 * idempotent by (student, entry id), so a redelivered event changes nothing even without the token's transaction.
 */
class LedgerProjectionIT {

    private static final Instant T = Instant.parse("2026-11-23T06:00:00Z");
    private static final String STUDENT = "stu-a";
    private static final String WALLET = wallet(STUDENT);
    private static final String ESCROW = escrow(STUDENT);

    private static ReadModelDatabase database;
    private static LedgerProjection projection;
    private static LedgerReader ledger;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new LedgerProjection(new LedgerWriter(database.jdbc()));
        ledger = new LedgerReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyLedger() {
        projection.reset();
    }

    @Test
    void theAccountsSumToZeroAndTheWalletMatchesItsBalanceAfterEveryKindOfEntry() {
        for (Runnable entry : walletStory()) {
            entry.run();

            Map<String, Long> balances = ledger.accountBalances();
            assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).isZero();
            assertThat(balances.getOrDefault(WALLET, 0L)).isNotNegative().isEqualTo(ledger.walletBalance(STUDENT))
                    .isEqualTo(ledger.entries(STUDENT, 100).stream().mapToLong(LedgerEntryRow::walletDelta).sum());
            assertThat(balances.getOrDefault(ESCROW, 0L)).isNotNegative().isEqualTo(ledger.held(STUDENT));
        }
        assertThat(ledger.entries(STUDENT, 100)).extracting(LedgerEntryRow::kind).containsExactly("AWARD",
                "AWARD_CAPPED", "SPEND", "HOLD", "HOLD_CAPTURED", "HOLD", "HOLD_EXPIRED", "PRIZE", "ADJUSTMENT",
                "ADJUSTMENT", "REVERSAL", "REVERSAL");
        assertThat(ledger.accountBalances()).containsExactlyInAnyOrderEntriesOf(
                Map.of(ISSUANCE, -53L, SPENDING, 17L, WALLET, 36L, ESCROW, 0L));
    }

    @Test
    void aReversalIsANewOppositeEntryAndTheReversedEntryStaysAsItWas() {
        projection.on(awarded("e1", 20, 20, T), 1, "event-1");
        projection.on(spent("e2", 5, 15, T.plusSeconds(60)), 2, "event-2");
        LedgerEntryRow spend = ledger.entries(STUDENT, 10).get(1);

        projection.on(new LedgerEntryReversed(STUDENT, "e3", "e2", 5, "refund: shop item unavailable", "admin-1",
                SPENDING, WALLET, 20, T.plusSeconds(120)), 3, "event-3");

        List<LedgerEntryRow> entries = ledger.entries(STUDENT, 10);
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1)).isEqualTo(spend);
        assertThat(entries.get(2)).extracting(LedgerEntryRow::kind, LedgerEntryRow::reversedEntryId,
                        LedgerEntryRow::debitAccount, LedgerEntryRow::creditAccount, LedgerEntryRow::amount,
                        LedgerEntryRow::walletDelta, LedgerEntryRow::balanceAfter, LedgerEntryRow::actorId)
                .containsExactly("REVERSAL", "e2", SPENDING, WALLET, 5L, 5L, 20L, "admin-1");
        assertThat(ledger.walletBalance(STUDENT)).isEqualTo(20);
    }

    @Test
    void heldCoinsCountUntilTheHoldIsCapturedOrReleased() {
        projection.on(awarded("e1", 20, 20, T), 1, "event-1");
        projection.on(held("h1", 10, 10, T), 2, "event-2");
        assertThat(ledger.held(STUDENT)).isEqualTo(10);
        assertThat(ledger.walletBalance(STUDENT)).isEqualTo(10);

        projection.on(new HoldCaptured(STUDENT, "h1", "e3", 10, ESCROW, SPENDING, T.plusSeconds(60)), 3, "event-3");
        assertThat(ledger.held(STUDENT)).isZero();
        assertThat(ledger.walletBalance(STUDENT)).isEqualTo(10);

        projection.on(held("h2", 4, 6, T.plusSeconds(120)), 4, "event-4");
        assertThat(ledger.held(STUDENT)).isEqualTo(4);

        projection.on(new HoldReleased(STUDENT, "h2", "e5", 4, true, ESCROW, WALLET, 10, T.plusSeconds(180)), 5, "event-5");
        assertThat(ledger.held(STUDENT)).isZero();
        assertThat(ledger.walletBalance(STUDENT)).isEqualTo(10);
        assertThat(ledger.entries(STUDENT, 1)).extracting(LedgerEntryRow::kind).containsExactly("HOLD_EXPIRED");
    }

    @Test
    void aCappedAwardIsRecordedWithoutMovingCoinsOrHidingTheBalance() {
        projection.on(awarded("e1", 20, 20, T), 1, "event-1");
        projection.on(new CoinAwardCapped(STUDENT, "e2", 5, "answer-9", "coins.v1", LocalDate.of(2026, 11, 23), 20,
                T.plusSeconds(60)), 2, "event-2");

        assertThat(ledger.entries(STUDENT, 1)).extracting(LedgerEntryRow::kind, LedgerEntryRow::amount,
                        LedgerEntryRow::debitAccount, LedgerEntryRow::balanceAfter, LedgerEntryRow::reason)
                .containsExactly(tuple("AWARD_CAPPED", 0L, null, null,
                        "Daily cap of 20 coins reached on 2026-11-23"));
        assertThat(ledger.walletBalance(STUDENT)).isEqualTo(20);
    }

    @Test
    void anEntryDeliveredTwiceIsOneEntry() {
        walletStory().forEach(Runnable::run);
        List<LedgerEntryRow> once = ledger.entries(STUDENT, 100);
        Map<String, Long> balancesOnce = ledger.accountBalances();
        projection.reset();

        for (Runnable entry : walletStory()) {
            entry.run();
            entry.run();
        }

        assertThat(ledger.entries(STUDENT, 100)).isEqualTo(once);
        assertThat(ledger.accountBalances()).isEqualTo(balancesOnce);
    }

    @Test
    void entriesAreReadInWalletOrderAndTheBalanceIsTheNewestEntrysWhateverOrderTheyArrive() {
        walletStory().forEach(Runnable::run);
        List<LedgerEntryRow> inOrder = ledger.entries(STUDENT, 100);
        projection.reset();

        List<Runnable> newestFirst = new ArrayList<>(walletStory());
        Collections.reverse(newestFirst);
        newestFirst.forEach(Runnable::run);

        assertThat(ledger.entries(STUDENT, 100)).isEqualTo(inOrder);
        assertThat(ledger.walletBalance(STUDENT)).isEqualTo(36);
    }

    @Test
    void aStudentReadsOnlyTheirOwnNewestEntriesOldestFirst() {
        walletStory().forEach(Runnable::run);
        projection.on(new CoinsAwarded("stu-b", "e1", 7, 7, "answer-b", "PracticeAnswerRecorded", "coins.v1",
                ISSUANCE, wallet("stu-b"), 7, T), 1, "event-1");

        assertThat(ledger.entries(STUDENT, 2)).extracting(LedgerEntryRow::seq).containsExactly(11L, 12L);
        assertThat(ledger.entries("stu-b", 10)).extracting(LedgerEntryRow::entryId).containsExactly("e1");
        assertThat(ledger.walletBalance("stu-b")).isEqualTo(7);
        assertThat(ledger.walletBalance(STUDENT)).isEqualTo(36);
    }

    @Test
    void everyEntryNamesTheEventThatRecordedIt() {
        walletStory().forEach(Runnable::run);

        assertThat(ledger.eventOf(STUDENT, "e1")).contains("event-1");
        assertThat(ledger.eventOf(STUDENT, "hold:h1")).contains("event-4");
        assertThat(ledger.eventOf(STUDENT, "e12")).contains("event-12");
        assertThat(ledger.eventOf("stu-b", "e1")).isEmpty();
    }

    /** One of every kind of entry, in wallet order: entry i is the wallet's event with sequence number i. */
    private static List<Runnable> walletStory() {
        return List.of(
                () -> projection.on(awarded("e1", 20, 20, T), 1, "event-1"),
                () -> projection.on(new CoinAwardCapped(STUDENT, "e2", 5, "answer-2", "coins.v1",
                        LocalDate.of(2026, 11, 23), 20, T.plusSeconds(10)), 2, "event-2"),
                () -> projection.on(spent("e3", 5, 15, T.plusSeconds(20)), 3, "event-3"),
                () -> projection.on(held("h1", 10, 5, T.plusSeconds(30)), 4, "event-4"),
                () -> projection.on(new HoldCaptured(STUDENT, "h1", "e5", 10, ESCROW, SPENDING, T.plusSeconds(40)), 5, "event-5"),
                () -> projection.on(held("h2", 4, 1, T.plusSeconds(50)), 6, "event-6"),
                () -> projection.on(new HoldReleased(STUDENT, "h2", "e7", 4, true, ESCROW, WALLET, 5,
                        T.plusSeconds(60)), 7, "event-7"),
                () -> projection.on(new PrizeAwarded(STUDENT, "e8", 50, "olymp-1", 1, "prizes.v1", ISSUANCE, WALLET,
                        55, T.plusSeconds(70)), 8, "event-8"),
                () -> projection.on(new CoinsAdjusted(STUDENT, "e9", -7, "duplicate award", "ticket-1", "admin-1",
                        WALLET, SPENDING, 48, T.plusSeconds(80)), 9, "event-9"),
                () -> projection.on(new CoinsAdjusted(STUDENT, "e10", 3, "lost award", "ticket-2", "admin-1",
                        ISSUANCE, WALLET, 51, T.plusSeconds(90)), 10, "event-10"),
                () -> projection.on(new LedgerEntryReversed(STUDENT, "e11", "e3", 5, "refund", "admin-1", SPENDING,
                        WALLET, 56, T.plusSeconds(100)), 11, "event-11"),
                () -> projection.on(new LedgerEntryReversed(STUDENT, "e12", "e1", 20, "award in error", "admin-1",
                        WALLET, ISSUANCE, 36, T.plusSeconds(110)), 12, "event-12"));
    }

    private static CoinsAwarded awarded(String entryId, long amount, long balanceAfter, Instant at) {
        return new CoinsAwarded(STUDENT, entryId, amount, amount, "answer-" + entryId, "PracticeAnswerRecorded",
                "coins.v1", ISSUANCE, WALLET, balanceAfter, at);
    }

    private static CoinsSpent spent(String entryId, long amount, long balanceAfter, Instant at) {
        return new CoinsSpent(STUDENT, entryId, amount, "avatar hat", WALLET, SPENDING, balanceAfter, at);
    }

    private static CoinsHeld held(String holdId, long amount, long balanceAfter, Instant at) {
        return new CoinsHeld(STUDENT, holdId, amount, "olympiad fee", at.plusSeconds(86_400), WALLET, ESCROW,
                balanceAfter, at);
    }
}
