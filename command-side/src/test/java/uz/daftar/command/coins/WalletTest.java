package uz.daftar.command.coins;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.command.CommandRejected;
import uz.daftar.events.coins.CoinsAwarded;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static uz.daftar.command.TestEvents.HOLD_EXPIRES_AT;
import static uz.daftar.command.TestEvents.RECORDED_AT;
import static uz.daftar.command.TestEvents.STUDENT;
import static uz.daftar.command.TestEvents.adjustCoins;
import static uz.daftar.command.TestEvents.awardCoins;
import static uz.daftar.command.TestEvents.captureHold;
import static uz.daftar.command.TestEvents.coinAwardCapped;
import static uz.daftar.command.TestEvents.coinsAdjusted;
import static uz.daftar.command.TestEvents.coinsAwarded;
import static uz.daftar.command.TestEvents.coinsHeld;
import static uz.daftar.command.TestEvents.coinsPartlyAwarded;
import static uz.daftar.command.TestEvents.coinsSpent;
import static uz.daftar.command.TestEvents.entryReversed;
import static uz.daftar.command.TestEvents.expireHold;
import static uz.daftar.command.TestEvents.holdCaptured;
import static uz.daftar.command.TestEvents.holdCoins;
import static uz.daftar.command.TestEvents.holdExpired;
import static uz.daftar.command.TestEvents.holdReleased;
import static uz.daftar.command.TestEvents.openWallet;
import static uz.daftar.command.TestEvents.releaseHold;
import static uz.daftar.command.TestEvents.reverseEntry;
import static uz.daftar.command.TestEvents.spendCoins;
import static uz.daftar.command.TestEvents.walletOpened;
import static uz.daftar.events.coins.LedgerAccounts.ISSUANCE;
import static uz.daftar.events.coins.LedgerAccounts.SPENDING;
import static uz.daftar.events.coins.LedgerAccounts.wallet;

class WalletTest {

    /** {@link uz.daftar.command.TestEvents#RECORDED_AT} is 15:20 on this day in Tashkent. */
    private static final LocalDate AWARD_DAY = LocalDate.of(2025, 9, 3);

    private FixtureConfiguration<Wallet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Wallet.class);
    }

    @Nested
    class OpenWallet {

        @Test
        void openingAWalletRecordsItWithItsTimeZone() {
            fixture.givenNoPriorActivity()
                   .when(openWallet())
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(walletOpened());
        }
    }

    @Nested
    class AwardCoins {

        @Test
        void anAwardPaysIntoTheWalletWithTheBalanceAfterIt() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10))
                   .when(awardCoins("award-2", 3))
                   .expectEvents(coinsAwarded("award-2", 3, 13));
        }

        @Test
        void anAwardDebitsIssuanceAndCreditsTheStudentsWallet() {
            fixture.given(walletOpened())
                   .when(awardCoins("award-1", 3))
                   .expectEventsMatching(payloadsMatching(exactSequenceOf(
                           matches((CoinsAwarded awarded) -> awarded.debitAccount().equals("platform:issuance")
                                   && awarded.creditAccount().equals("wallet:" + STUDENT)),
                           andNoMore())));
        }

        @Test
        void anEntryIdPaysAtMostOnce() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 3, 3))
                   .when(awardCoins("award-1", 3))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anAwardOfNothingIsNotRecorded() {
            fixture.given(walletOpened())
                   .when(awardCoins("award-1", 0))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aNegativeAwardIsNotRecorded() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10))
                   .when(awardCoins("award-2", -5))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Nested
        class DailyCap {

            @Test
            void anAwardUpToExactlyTheCapIsPaidInFull() {
                fixture.given(walletOpened(), coinsAwarded("award-1", 47, 47))
                       .when(awardCoins("award-2", 3))
                       .expectEvents(coinsAwarded("award-2", 3, 50));
            }

            @Test
            void anAwardIsCutToWhatIsLeftOfTheDailyCap() {
                fixture.given(walletOpened(), coinsAwarded("award-1", 48, 48))
                       .when(awardCoins("award-2", 5))
                       .expectEvents(coinsPartlyAwarded("award-2", 2, 5, 50, RECORDED_AT));
            }

            @Test
            void anAwardPastTheCapPaysNothingAndRecordsTheCapOfThatDay() {
                fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50))
                       .when(awardCoins("award-2", 3))
                       .expectEvents(coinAwardCapped("award-2", 3, RECORDED_AT, AWARD_DAY));
            }

            @Test
            void aCappedAwardIdIsSpentAndPaysNothingWhenOfferedAgain() {
                fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50),
                              coinAwardCapped("award-2", 3, RECORDED_AT, AWARD_DAY))
                       .when(awardCoins("award-2", 3, RECORDED_AT.plus(Duration.ofDays(1))))
                       .expectSuccessfulHandlerExecution()
                       .expectNoEvents();
            }

            @Test
            void spendingDoesNotMakeRoomUnderTheCap() {
                fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50), coinsSpent("spend-1", 50, 0))
                       .when(awardCoins("award-2", 3))
                       .expectEvents(coinAwardCapped("award-2", 3, RECORDED_AT, AWARD_DAY));
            }

            @Test
            void theCapResetsOnTheNextDay() {
                Instant nextDay = RECORDED_AT.plus(Duration.ofDays(1));

                fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50))
                       .when(awardCoins("award-2", 3, nextDay))
                       .expectEvents(coinsAwarded("award-2", 3, 53, nextDay));
            }

            @Test
            void theDayEndsAtMidnightInTheWalletsTimeZoneNotInUtc() {
                Instant lateOnTheThird = Instant.parse("2025-09-03T18:30:00Z");   // 23:30 on 3 Sept in Tashkent
                Instant earlyOnTheFourth = Instant.parse("2025-09-03T19:30:00Z"); // 00:30 on 4 Sept in Tashkent

                fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50, lateOnTheThird))
                       .when(awardCoins("award-2", 3, earlyOnTheFourth))
                       .expectEvents(coinsAwarded("award-2", 3, 53, earlyOnTheFourth));
            }

            @Test
            void awardsOnTwoUtcDaysShareOneCapWhenTheyFallOnOneLocalDay() {
                Instant earlyOnTheFourth = Instant.parse("2025-09-03T19:30:00Z"); // 00:30 on 4 Sept in Tashkent
                Instant lateOnTheFourth = Instant.parse("2025-09-04T18:00:00Z");  // 23:00 on 4 Sept in Tashkent

                fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50, earlyOnTheFourth))
                       .when(awardCoins("award-2", 3, lateOnTheFourth))
                       .expectEvents(coinAwardCapped("award-2", 3, lateOnTheFourth, LocalDate.of(2025, 9, 4)));
            }

            @Test
            void aCappedAwardNamesTheLocalDayItWasCappedOn() {
                Instant earlyOnTheFourth = Instant.parse("2025-09-03T19:30:00Z"); // 00:30 on 4 Sept in Tashkent
                Instant anHourLater = Instant.parse("2025-09-03T20:30:00Z");      // still 3 Sept in UTC

                fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50, earlyOnTheFourth))
                       .when(awardCoins("award-2", 3, anHourLater))
                       .expectEvents(coinAwardCapped("award-2", 3, anHourLater, LocalDate.of(2025, 9, 4)));
            }
        }
    }

    @Nested
    class SpendCoins {

        @Test
        void aSpendTakesCoinsFromTheWalletWithTheBalanceAfterIt() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(spendCoins("spend-1", 12))
                   .expectEvents(coinsSpent("spend-1", 12, 18));
        }

        @Test
        void theWholeBalanceCanBeSpent() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(spendCoins("spend-1", 30))
                   .expectEvents(coinsSpent("spend-1", 30, 0));
        }

        @Test
        void cannotSpendMoreThanTheBalance() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(spendCoins("spend-1", 31))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("insufficient-coins"))
                   .expectNoEvents();
        }

        @Test
        void aRepeatedSpendIdChangesNothing() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsSpent("spend-1", 12, 18))
                   .when(spendCoins("spend-1", 12))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class HoldCoins {

        @Test
        void aHoldMovesCoinsFromTheWalletIntoEscrow() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(holdCoins("hold-1", 20))
                   .expectEvents(coinsHeld("hold-1", 20, 10));
        }

        @Test
        void cannotHoldMoreThanTheBalance() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(holdCoins("hold-1", 31))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("insufficient-coins"))
                   .expectNoEvents();
        }

        @Test
        void heldCoinsCannotBeSpent() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10))
                   .when(spendCoins("spend-1", 15))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("insufficient-coins"))
                   .expectNoEvents();
        }

        @Test
        void aRepeatedHoldIdChangesNothing() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10))
                   .when(holdCoins("hold-1", 5))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class CaptureHold {

        @Test
        void capturingAHoldMovesItsCoinsFromEscrowToSpending() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10))
                   .when(captureHold("hold-1"))
                   .expectEvents(holdCaptured("hold-1", 20));
        }

        @Test
        void cannotCaptureAnUnknownHold() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(captureHold("hold-1"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("unknown-hold"))
                   .expectNoEvents();
        }

        @Test
        void aHoldIsCapturedOnce() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10),
                          holdCaptured("hold-1", 20))
                   .when(captureHold("hold-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aReleasedHoldCannotBeCaptured() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10),
                          holdReleased("hold-1", 20, 30))
                   .when(captureHold("hold-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class ReleaseHold {

        @Test
        void releasingAHoldReturnsItsCoinsToTheWallet() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10))
                   .when(releaseHold("hold-1"))
                   .expectEvents(holdReleased("hold-1", 20, 30));
        }

        @Test
        void anExpiryBeforeTheHoldExpiresDoesNothing() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10))
                   .when(expireHold("hold-1", HOLD_EXPIRES_AT.minusSeconds(1)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aHoldExpiresAtItsExpiryTime() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10))
                   .when(expireHold("hold-1", HOLD_EXPIRES_AT))
                   .expectEvents(holdExpired("hold-1", 20, 30, HOLD_EXPIRES_AT));
        }

        @Test
        void anExpiryAfterTheExpiryTimeReleasesTheHoldAsExpired() {
            Instant late = HOLD_EXPIRES_AT.plus(Duration.ofHours(1));

            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10))
                   .when(expireHold("hold-1", late))
                   .expectEvents(holdExpired("hold-1", 20, 30, late));
        }

        @Test
        void aCapturedHoldCannotBeReleased() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10),
                          holdCaptured("hold-1", 20))
                   .when(releaseHold("hold-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aReleasedHoldIsNotReleasedAgainWhenItExpires() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10),
                          holdReleased("hold-1", 20, 30))
                   .when(expireHold("hold-1", HOLD_EXPIRES_AT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void cannotReleaseAnUnknownHold() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(releaseHold("hold-1"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("unknown-hold"))
                   .expectNoEvents();
        }
    }

    @Nested
    class ReverseEntry {

        @Test
        void reversingAnAwardTakesItsCoinsFromTheWalletBackToIssuance() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10))
                   .when(reverseEntry("rev-1", "award-1"))
                   .expectEvents(entryReversed("rev-1", "award-1", 10, wallet(STUDENT), ISSUANCE, 0));
        }

        @Test
        void reversingASpendReturnsItsCoinsFromSpendingToTheWallet() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsSpent("spend-1", 12, 18))
                   .when(reverseEntry("rev-1", "spend-1"))
                   .expectEvents(entryReversed("rev-1", "spend-1", 12, SPENDING, wallet(STUDENT), 30));
        }

        @Test
        void reversingAnAdjustmentInTakesItsCoinsBackToIssuance() {
            fixture.given(walletOpened(), coinsAdjusted("adj-1", 5, ISSUANCE, wallet(STUDENT), 5))
                   .when(reverseEntry("rev-1", "adj-1"))
                   .expectEvents(entryReversed("rev-1", "adj-1", 5, wallet(STUDENT), ISSUANCE, 0));
        }

        @Test
        void reversingAnAdjustmentOutReturnsItsCoinsFromSpending() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30),
                          coinsAdjusted("adj-1", -5, wallet(STUDENT), SPENDING, 25))
                   .when(reverseEntry("rev-1", "adj-1"))
                   .expectEvents(entryReversed("rev-1", "adj-1", 5, SPENDING, wallet(STUDENT), 30));
        }

        @Test
        void anEntryIsReversedAtMostOnce() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10), coinsAwarded("award-2", 10, 20),
                          entryReversed("rev-1", "award-1", 10, wallet(STUDENT), ISSUANCE, 10))
                   .when(reverseEntry("rev-2", "award-1"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("entry-not-reversible"))
                   .expectNoEvents();
        }

        @Test
        void aRepeatedReversalIdChangesNothing() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10), coinsAwarded("award-2", 10, 20),
                          entryReversed("rev-1", "award-1", 10, wallet(STUDENT), ISSUANCE, 10))
                   .when(reverseEntry("rev-1", "award-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void cannotReverseAnUnknownEntry() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10))
                   .when(reverseEntry("rev-1", "award-9"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("unknown-entry"))
                   .expectNoEvents();
        }

        @Test
        void cannotReverseAnAwardWhoseCoinsAreAlreadySpent() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10), coinsSpent("spend-1", 8, 2))
                   .when(reverseEntry("rev-1", "award-1"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("insufficient-coins"))
                   .expectNoEvents();
        }

        @Test
        void aHoldCaptureIsNotReversible() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10),
                          holdCaptured("hold-1", 20))
                   .when(reverseEntry("rev-1", "capture:hold-1"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("entry-not-reversible"))
                   .expectNoEvents();
        }

        @Test
        void aHoldReleaseIsNotReversible() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 20, 10),
                          holdReleased("hold-1", 20, 30))
                   .when(reverseEntry("rev-1", "release:hold-1"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("entry-not-reversible"))
                   .expectNoEvents();
        }

        @Test
        void aReversalIsNotReversible() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10), coinsAwarded("award-2", 10, 20),
                          entryReversed("rev-1", "award-1", 10, wallet(STUDENT), ISSUANCE, 10))
                   .when(reverseEntry("rev-2", "rev-1"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("entry-not-reversible"))
                   .expectNoEvents();
        }

        @Test
        void aCappedAwardIsNotReversible() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50),
                          coinAwardCapped("award-2", 3, RECORDED_AT, AWARD_DAY))
                   .when(reverseEntry("rev-1", "award-2"))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("entry-not-reversible"))
                   .expectNoEvents();
        }
    }

    @Nested
    class ConfirmEntry {

        @Test
        void anEntryOfTheWalletIsConfirmedAndNothingIsAppended() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(new ConfirmEntryCommand(STUDENT, "award-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aHoldIsConfirmedByItsLedgerId() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsHeld("hold-1", 10, 20))
                   .when(new ConfirmEntryCommand(STUDENT, "hold:hold-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anEntryOfNoOneOrOfAnotherWalletIsUnknown() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(new ConfirmEntryCommand(STUDENT, "award-of-someone-else"))
                   .expectException(rejectedWith("unknown-entry"))
                   .expectNoEvents();
        }
    }

    @Nested
    class ConfirmReversible {

        @Test
        void aSpendCanBeReversedAndAskingAppendsNothing() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsSpent("spend-1", 12, 18))
                   .when(new ConfirmReversibleCommand(STUDENT, "spend-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anAwardWhoseCoinsWereSpentCannotBeReversed() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 10, 10), coinsSpent("spend-1", 8, 2))
                   .when(new ConfirmReversibleCommand(STUDENT, "award-1"))
                   .expectException(rejectedWith("insufficient-coins"))
                   .expectNoEvents();
        }

        @Test
        void aReversedEntryCannotBeReversedAgain() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30), coinsSpent("spend-1", 12, 18),
                          entryReversed("rev-1", "spend-1", 12, SPENDING, wallet(STUDENT), 30))
                   .when(new ConfirmReversibleCommand(STUDENT, "spend-1"))
                   .expectException(rejectedWith("entry-not-reversible"))
                   .expectNoEvents();
        }
    }

    @Nested
    class AdjustCoins {

        @Test
        void aPositiveAdjustmentBringsCoinsInFromIssuance() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(adjustCoins("adj-1", 5))
                   .expectEvents(coinsAdjusted("adj-1", 5, ISSUANCE, wallet(STUDENT), 35));
        }

        @Test
        void aNegativeAdjustmentTakesCoinsOutToSpending() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(adjustCoins("adj-1", -5))
                   .expectEvents(coinsAdjusted("adj-1", -5, wallet(STUDENT), SPENDING, 25));
        }

        @Test
        void anAdjustmentIsNotLimitedByTheDailyCap() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 50, 50))
                   .when(adjustCoins("adj-1", 5))
                   .expectEvents(coinsAdjusted("adj-1", 5, ISSUANCE, wallet(STUDENT), 55));
        }

        @Test
        void anAdjustmentOfNothingIsRejected() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(adjustCoins("adj-1", 0))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("empty-adjustment"))
                   .expectNoEvents();
        }

        @Test
        void cannotAdjustTheBalanceBelowZero() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30))
                   .when(adjustCoins("adj-1", -31))
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("insufficient-coins"))
                   .expectNoEvents();
        }

        @Test
        void aRepeatedAdjustmentIdChangesNothing() {
            fixture.given(walletOpened(), coinsAwarded("award-1", 30, 30),
                          coinsAdjusted("adj-1", 5, ISSUANCE, wallet(STUDENT), 35))
                   .when(adjustCoins("adj-1", 5))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    private static Matcher<CommandRejected> rejectedWith(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejected rejected) {
                return code.equals(rejected.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(CommandRejected rejected, Description mismatch) {
                mismatch.appendText("was rejected with code ").appendValue(rejected.code());
            }
        };
    }
}
