package uz.daftar.command.games;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.command.games.GameTestEvents.Score;
import uz.daftar.command.games.PlausibilityPolicy.Verdict;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.daftar.command.games.GameTestEvents.game2048;
import static uz.daftar.command.games.GameTestEvents.mathMonster;
import static uz.daftar.command.games.GameTestEvents.memory;
import static uz.daftar.command.games.GameTestEvents.tetris;

class PlausibilityPolicyTest {

    @Nested
    class EveryGame {

        @Test
        void aPlausibleScoreIsAcceptedWithoutReasons() {
            Verdict verdict = judge(game2048("s-1"));

            assertThat(verdict.accepted()).isTrue();
            assertThat(verdict.reasons()).isEmpty();
        }

        @Test
        void theVerdictNamesTheRuleVersion() {
            assertThat(judge(game2048("s-1")).ruleVersion()).isEqualTo("plausibility.v1");
            assertThat(judge(game2048("s-1").lasting(0)).ruleVersion()).isEqualTo("plausibility.v1");
        }

        @Test
        void aSessionOfNoTimeIsQuarantined() {
            assertThat(codes(judge(memory().moves(0).lasting(0)))).containsExactly("duration-not-positive");
        }

        @Test
        void aNegativeScoreIsQuarantined() {
            assertThat(codes(judge(game2048("s-1").of(-1)))).containsExactly("score-negative");
        }

        @Test
        void negativeTelemetryIsQuarantined() {
            assertThat(codes(judge(mathMonster().answers(-3)))).contains("answers-negative");
        }

        @Test
        void everyBrokenCheckIsAReason() {
            Verdict verdict = judge(tetris().lines(100).of(1_000_000).lasting(1000));

            assertThat(codes(verdict)).containsExactlyInAnyOrder("lines-too-fast", "score-above-line-bound");
        }

        @Test
        void aReasonExplainsItselfWithTheTelemetry() {
            assertThat(judge(game2048("s-1").of(3201).moves(100)).reasons())
                    .containsExactly("score-above-move-bound: 3201 points in 100 moves; at most 32 per move");
        }

        @Test
        void aVerdictIsAcceptedExactlyWhenItHasNoReason() {
            assertThatThrownBy(() -> new Verdict(true, List.of("score-negative: -1"), PlausibilityPolicy.V1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Verdict(false, List.of(), PlausibilityPolicy.V1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Game2048 {

        @Test
        void thirtyTwoPointsPerMoveAreAccepted() {
            assertThat(judge(game2048("s-1").of(3200).moves(100)).accepted()).isTrue();
        }

        @Test
        void moreThanThirtyTwoPointsPerMoveAreQuarantined() {
            assertThat(codes(judge(game2048("s-1").of(3201).moves(100)))).containsExactly("score-above-move-bound");
        }

        @Test
        void pointsWithoutMovesAreQuarantined() {
            assertThat(codes(judge(game2048("s-1").of(4).moves(0)))).containsExactly("score-above-move-bound");
        }

        @Test
        void aScoreWithoutItsMoveCountIsQuarantined() {
            assertThat(codes(judge(game2048("s-1").moves(null)))).containsExactly("moves-missing");
        }
    }

    @Nested
    class Tetris {

        @Test
        void aPlausibleGameIsAccepted() {
            assertThat(judge(tetris()).accepted()).isTrue();
        }

        @Test
        void aQuarterSecondPerLineIsAccepted() {
            assertThat(judge(tetris().lines(20).lasting(5000)).accepted()).isTrue();
        }

        @Test
        void lessThanAQuarterSecondPerLineIsQuarantined() {
            assertThat(codes(judge(tetris().lines(20).lasting(4999)))).containsExactly("lines-too-fast");
        }

        @Test
        void twelveHundredPointsPerLineAndLevelAreAccepted() {
            assertThat(judge(tetris().lines(20).level(2).of(20 * 1200 * 3)).accepted()).isTrue();
        }

        @Test
        void moreThanTwelveHundredPointsPerLineAndLevelAreQuarantined() {
            assertThat(codes(judge(tetris().lines(20).level(2).of(20 * 1200 * 3 + 1))))
                    .containsExactly("score-above-line-bound");
        }

        @Test
        void pointsWithoutLinesAreQuarantined() {
            assertThat(codes(judge(tetris().lines(0).of(100)))).containsExactly("score-above-line-bound");
        }

        @Test
        void aScoreWithoutItsLineCountIsQuarantined() {
            assertThat(codes(judge(tetris().lines(null)))).containsExactly("lines-missing");
        }

        @Test
        void aScoreWithoutItsLevelIsQuarantined() {
            assertThat(codes(judge(tetris().level(null)))).containsExactly("level-missing");
        }

        @Test
        void aBoundBeyondTheRangeOfLongDoesNotWrapRound() {
            Score huge = tetris().lines(Integer.MAX_VALUE).level(Integer.MAX_VALUE).lasting(Long.MAX_VALUE)
                    .of(1_000_000_000);

            assertThat(judge(huge).accepted()).isTrue();
        }
    }

    @Nested
    class Memory {

        @Test
        void aPlausibleGameIsAccepted() {
            assertThat(judge(memory()).accepted()).isTrue();
        }

        @Test
        void aSecondPerMoveIsAccepted() {
            assertThat(judge(memory().moves(16).lasting(16_000)).accepted()).isTrue();
        }

        @Test
        void lessThanASecondPerMoveIsQuarantined() {
            assertThat(codes(judge(memory().moves(16).lasting(15_999)))).containsExactly("moves-too-fast");
        }

        @Test
        void aScoreWithoutItsMoveCountIsQuarantined() {
            assertThat(codes(judge(memory().moves(null)))).containsExactly("moves-missing");
        }
    }

    @Nested
    class MathMonster {

        @Test
        void aPlausibleGameIsAccepted() {
            assertThat(judge(mathMonster()).accepted()).isTrue();
        }

        @Test
        void aFastestAnswerOfThreeHundredMillisecondsIsAccepted() {
            assertThat(judge(mathMonster().fastestAnswer(300L)).accepted()).isTrue();
        }

        @Test
        void anAnswerFasterThanThreeHundredMillisecondsIsQuarantined() {
            assertThat(codes(judge(mathMonster().fastestAnswer(299L)))).containsExactly("answer-too-fast");
        }

        @Test
        void threeHundredMillisecondsPerAnswerAreAccepted() {
            assertThat(judge(mathMonster().answers(20).lasting(6000)).accepted()).isTrue();
        }

        @Test
        void lessThanThreeHundredMillisecondsPerAnswerAreQuarantined() {
            assertThat(codes(judge(mathMonster().answers(20).lasting(5999)))).containsExactly("answers-too-fast");
        }

        @Test
        void aScoreWithoutItsAnswerCountIsQuarantined() {
            assertThat(codes(judge(mathMonster().answers(null)))).containsExactly("answers-missing");
        }

        @Test
        void answersWithoutTheFastestAnswerTimeAreQuarantined() {
            assertThat(codes(judge(mathMonster().fastestAnswer(null)))).containsExactly("fastest-answer-missing");
        }

        @Test
        void noAnswersNeedNoFastestAnswerTime() {
            assertThat(judge(mathMonster().answers(0).fastestAnswer(null).of(0)).accepted()).isTrue();
        }
    }

    private static Verdict judge(Score score) {
        return PlausibilityPolicy.judge(score.submitted());
    }

    /** The codes of a verdict's reasons, each reason being {@code "<code>: <explanation>"}. */
    private static List<String> codes(Verdict verdict) {
        return verdict.reasons().stream().map(reason -> reason.substring(0, reason.indexOf(':'))).toList();
    }
}
