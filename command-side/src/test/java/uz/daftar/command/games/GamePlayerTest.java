package uz.daftar.command.games;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.command.games.GameTestEvents.Score;
import uz.daftar.events.games.Game;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static uz.daftar.command.Rejections.rejectedWith;
import static uz.daftar.command.games.GameTestEvents.STUDENT;
import static uz.daftar.command.games.GameTestEvents.SUBMITTED_AT;
import static uz.daftar.command.games.GameTestEvents.game2048;
import static uz.daftar.command.games.GameTestEvents.scoredBefore;
import static uz.daftar.command.games.GameTestEvents.sessionStarted;
import static uz.daftar.command.games.GameTestEvents.startSession;

class GamePlayerTest {

    private FixtureConfiguration<GamePlayer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GamePlayer.class);
    }

    @Nested
    class StartGameSession {

        @Test
        void theFirstSessionStartsThePlay() {
            fixture.givenNoPriorActivity()
                   .when(startSession("s-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(sessionStarted("s-1"));
        }

        @Test
        void aFurtherSessionIsRecordedInTheSamePlay() {
            fixture.given(sessionStarted("s-1"))
                   .when(startSession("s-2"))
                   .expectEvents(sessionStarted("s-2"));
        }

        @Test
        void aRepeatedSessionIdChangesNothing() {
            fixture.given(sessionStarted("s-1"))
                   .when(startSession("s-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aScoredSessionIsNotStartedAgain() {
            fixture.given(scoredBefore(Duration.ofMinutes(1), "s-1", 500))
                   .when(startSession("s-1"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class SubmitGameScore {

        private final Score plausible = game2048("s-1");

        @Test
        void aPlausibleScoreIsRecordedAndAccepted() {
            fixture.given(sessionStarted("s-1"))
                   .when(plausible.command())
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(plausible.submitted(), plausible.accepted());
        }

        @Test
        void anImplausibleScoreIsRecordedAndQuarantinedWithItsReasons() {
            Score implausible = plausible.of(5000).moves(100);

            fixture.given(sessionStarted("s-1"))
                   .when(implausible.command())
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(implausible.submitted(), implausible.quarantined(List.of(
                           "score-above-move-bound: 5000 points in 100 moves; at most 32 per move")));
        }

        @Test
        void aScoreForASessionThatWasNotStartedIsRejected() {
            fixture.given(sessionStarted("s-2"))
                   .when(plausible.command())
                   .expectException(rejectedWith(404, "unknown-session"))
                   .expectNoEvents();
        }

        @Test
        void aScoreBeforeAnySessionOfTheGameIsRejected() {
            fixture.givenNoPriorActivity()
                   .when(plausible.command())
                   .expectException(rejectedWith(404, "unknown-session"))
                   .expectNoEvents();
        }

        @Test
        void theSameScoreForAScoredSessionChangesNothing() {
            fixture.given(sessionStarted("s-1"), plausible.submitted(), plausible.accepted())
                   .when(plausible.at(SUBMITTED_AT.plusSeconds(1)).command())
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anotherScoreForAScoredSessionIsRejected() {
            fixture.given(sessionStarted("s-1"), plausible.submitted(), plausible.accepted())
                   .when(plausible.of(1200).at(SUBMITTED_AT.plusSeconds(60)).command())
                   .expectException(rejectedWith(409, "session-already-scored"))
                   .expectNoEvents();
        }

        @Test
        void aQuarantinedScoreCannotBeReplacedByAnother() {
            Score implausible = plausible.of(5000);

            fixture.given(sessionStarted("s-1"), implausible.submitted(), implausible.quarantined(List.of("x: y")))
                   .when(plausible.at(SUBMITTED_AT.plusSeconds(60)).command())
                   .expectException(rejectedWith(409, "session-already-scored"))
                   .expectNoEvents();
        }
    }

    @Nested
    class RateCapsOfSubmitGameScore {

        private final Score next = game2048("next").of(999);

        @Test
        void theTwentiethScoreInTenMinutesIsAccepted() {
            fixture.given(scoredEvery(Duration.ofSeconds(20), 19))
                   .andGiven(sessionStarted("next"))
                   .when(next.command())
                   .expectEvents(next.submitted(), next.accepted());
        }

        @Test
        void theTwentyFirstScoreInTenMinutesIsRejected() {
            fixture.given(scoredEvery(Duration.ofSeconds(20), 20))
                   .andGiven(sessionStarted("next"))
                   .when(next.command())
                   .expectException(rejectedWith(429, "rate-limited"))
                   .expectNoEvents();
        }

        @Test
        void scoresTenMinutesOldNoLongerCount() {
            fixture.given(scoredEvery(Duration.ofSeconds(30), 20))
                   .andGiven(sessionStarted("next"))
                   .when(next.command())
                   .expectEvents(next.submitted(), next.accepted());
        }

        @Test
        void quarantinedScoresCountTowardsTheCap() {
            List<Object> quarantined = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                Score score = game2048("q-" + i).of(10_000 + i).at(SUBMITTED_AT.minusSeconds(10L * i));
                quarantined.addAll(List.of(sessionStarted("q-" + i), score.submitted(),
                        score.quarantined(List.of("score-above-move-bound: too many points"))));
            }

            fixture.given(quarantined)
                   .andGiven(sessionStarted("next"))
                   .when(next.command())
                   .expectException(rejectedWith(429, "rate-limited"))
                   .expectNoEvents();
        }

        @Test
        void aRepeatedScoreOfAScoredSessionIsNotRateLimited() {
            Score last = game2048("s-20").of(20).at(SUBMITTED_AT.minusSeconds(20));

            fixture.given(scoredEvery(Duration.ofSeconds(1), 20))
                   .when(last.at(SUBMITTED_AT).command())
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void theSameScoreWithinFiveSecondsIsRejected() {
            fixture.given(scoredBefore(Duration.ofMillis(4999), "s-1", 999))
                   .andGiven(sessionStarted("next"))
                   .when(next.command())
                   .expectException(rejectedWith(429, "duplicate-too-soon"))
                   .expectNoEvents();
        }

        @Test
        void theSameScoreFiveSecondsLaterIsAccepted() {
            fixture.given(scoredBefore(Duration.ofSeconds(5), "s-1", 999))
                   .andGiven(sessionStarted("next"))
                   .when(next.command())
                   .expectEvents(next.submitted(), next.accepted());
        }

        @Test
        void anotherScoreWithinFiveSecondsIsAccepted() {
            fixture.given(scoredBefore(Duration.ofSeconds(1), "s-1", 998))
                   .andGiven(sessionStarted("next"))
                   .when(next.command())
                   .expectEvents(next.submitted(), next.accepted());
        }

        /** Sessions s-1 ... s-n scored 1 ... n points, s-i scored {@code i × gap} before {@link GameTestEvents#SUBMITTED_AT}. */
        private static List<Object> scoredEvery(Duration gap, int n) {
            List<Object> events = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                events.addAll(scoredBefore(gap.multipliedBy(i), "s-" + i, i));
            }
            return events;
        }
    }

    @Nested
    class ReviewScore {

        private final Instant reviewedAt = SUBMITTED_AT.plus(Duration.ofDays(1));

        @Test
        void aScoreJudgedUnderTheCurrentRuleIsNotJudgedAgain() {
            fixture.given(scoredBefore(Duration.ZERO, "s1", 100))
                   .when(new ReviewScoreCommand(STUDENT, Game.GAME_2048, "s1", reviewedAt))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aScoreJudgedUnderAnOlderRuleIsJudgedAgainUnderTheCurrentOne() {
            Score score = game2048("s1").of(100).at(SUBMITTED_AT);
            fixture.given(sessionStarted("s1"), score.submitted(), new ScoreQuarantined(STUDENT, Game.GAME_2048, "s1",
                           100, "plausibility.v0", List.of("an older, wrong reason"), SUBMITTED_AT))
                   .when(new ReviewScoreCommand(STUDENT, Game.GAME_2048, "s1", reviewedAt))
                   .expectEvents(new ScoreAccepted(STUDENT, Game.GAME_2048, "s1", 100, PlausibilityPolicy.V1,
                           reviewedAt));
        }

        @Test
        void aSessionWithoutAScoreCannotBeReviewed() {
            fixture.given(sessionStarted("s1"))
                   .when(new ReviewScoreCommand(STUDENT, Game.GAME_2048, "s1", reviewedAt))
                   .expectException(rejectedWith(404, "unscored-session"))
                   .expectNoEvents();
        }
    }
}
