package uz.daftar.command.coins;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.events.coins.PrizeAwarded;

import static uz.daftar.command.TestEvents.RECORDED_AT;
import static uz.daftar.command.TestEvents.STUDENT;
import static uz.daftar.command.TestEvents.awardCoins;
import static uz.daftar.command.TestEvents.coinsAwarded;
import static uz.daftar.command.TestEvents.walletOpened;
import static uz.daftar.events.coins.LedgerAccounts.ISSUANCE;
import static uz.daftar.events.coins.LedgerAccounts.wallet;

/** Olympiad prizes in a {@link Wallet}: paid once, and outside the daily earning cap. */
class WalletPrizesTest {

    private static final String OLYMPIAD = "olymp-math-5";
    private static final String RULE = "olympiad-prizes.v1";

    private FixtureConfiguration<Wallet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Wallet.class);
    }

    private static PayPrizeCommand payPrize(String entryId, long amount) {
        return new PayPrizeCommand(STUDENT, entryId, amount, OLYMPIAD, 2, RULE, RECORDED_AT);
    }

    private static PrizeAwarded prizeAwarded(String entryId, long amount, long balanceAfter) {
        return new PrizeAwarded(STUDENT, entryId, amount, OLYMPIAD, 2, RULE, ISSUANCE, wallet(STUDENT), balanceAfter,
                RECORDED_AT);
    }

    @Test
    void aPrizeIsCreditedFromIssuance() {
        fixture.given(walletOpened(), coinsAwarded("award-1", 7, 7))
               .when(payPrize("prize-1", 30))
               .expectEvents(prizeAwarded("prize-1", 30, 37));
    }

    @Test
    void aPrizeIsPaidInFullOnADayTheCapIsReached() {
        fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50))
               .when(payPrize("prize-1", 100))
               .expectEvents(prizeAwarded("prize-1", 100, 150));
    }

    @Test
    void aPrizeDoesNotUseUpRoomUnderTheCap() {
        fixture.given(walletOpened(), prizeAwarded("prize-1", 100, 100))
               .when(awardCoins("award-1", 50))
               .expectEvents(coinsAwarded("award-1", 50, 150));
    }

    @Test
    void aPrizeIsPaidOnce() {
        fixture.given(walletOpened(), prizeAwarded("prize-1", 30, 30))
               .when(payPrize("prize-1", 30))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }
}
