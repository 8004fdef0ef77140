package uz.daftar.command.progress;

import org.junit.jupiter.api.Test;
import uz.daftar.command.TestEvents.Answer;
import uz.daftar.events.games.Game;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.practice.PracticeAnswerRecorded;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.command.TestEvents.STUDENT;
import static uz.daftar.command.TestEvents.answer;

class XpRuleTest {

    private final Answer answer = answer("ans-1").taking(4_000);

    @Test
    void aCorrectAnswerEarnsTenXp() {
        assertThat(XpRule.forAnswer(answer.recorded()).amount()).isEqualTo(10);
    }

    @Test
    void aWrongAnswerEarnsTwoXpForTheEffort() {
        assertThat(XpRule.forAnswer(answer.wrong().recorded()).amount()).isEqualTo(2);
    }

    @Test
    void anAnswerFasterThan300MillisecondsEarnsNothing() {
        assertThat(XpRule.forAnswer(answer.taking(299).recorded()).amount()).isZero();
        assertThat(XpRule.forAnswer(answer.taking(299).wrong().recorded()).amount()).isZero();
    }

    @Test
    void anAnswerOfExactly300MillisecondsStillEarns() {
        assertThat(XpRule.forAnswer(answer.taking(300).recorded()).amount()).isEqualTo(10);
    }

    @Test
    void theSameAnswerAlwaysYieldsTheSameAwardId() {
        assertThat(XpRule.forAnswer(answer.recorded()).awardId())
                .isEqualTo(XpRule.forAnswer(answer("ans-1").wrong().recorded()).awardId());
    }

    @Test
    void differentAnswersYieldDifferentAwardIds() {
        assertThat(XpRule.forAnswer(answer.recorded()).awardId())
                .isNotEqualTo(XpRule.forAnswer(answer("ans-2").recorded()).awardId());
    }

    @Test
    void theAwardIdIsDerivedFromTheAnswerIdAndTheRuleVersion() {
        String awardId = XpRule.forAnswer(answer.recorded()).awardId();

        assertThat(awardId).isEqualTo(AwardIds.of("xp", "ans-1", XpRule.PRACTICE_ANSWER_V1));
        assertThat(awardId).isNotEqualTo(AwardIds.of("xp", "ans-1", "xp.practice-answer.v2"));
    }

    @Test
    void theAwardNamesItsCauseAndRuleAndIsDatedWhenTheStudentAnswered() {
        PracticeAnswerRecorded recorded = answer.recorded();

        AwardXpCommand award = XpRule.forAnswer(recorded);

        assertThat(award.studentId()).isEqualTo(STUDENT);
        assertThat(award.sourceEventId()).isEqualTo(recorded.answerId());
        assertThat(award.sourceType()).isEqualTo("PracticeAnswerRecorded");
        assertThat(award.ruleVersion()).isEqualTo(XpRule.PRACTICE_ANSWER_V1);
        assertThat(award.occurredAt()).isEqualTo(recorded.answeredAt()).isNotEqualTo(recorded.recordedAt());
    }

    @Test
    void anAcceptedGameScoreEarnsFiveXpUnderTheGameRule() {
        ScoreAccepted score = new ScoreAccepted(STUDENT, Game.TETRIS, "s1", 12_000, "plausibility.v1",
                Instant.parse("2025-09-03T10:00:00Z"));

        AwardXpCommand award = XpRule.forGame(score);

        assertThat(award.amount()).isEqualTo(5);
        assertThat(award.ruleVersion()).isEqualTo(XpRule.GAME_SCORE_V1);
        assertThat(award.sourceEventId()).isEqualTo("game:TETRIS:s1");
        assertThat(award.occurredAt()).isEqualTo(score.decidedAt());
    }

    @Test
    void aGameSessionPaysOnceWhateverItsVerdictsSay() {
        ScoreAccepted first = new ScoreAccepted(STUDENT, Game.MEMORY, "s1", 10, "plausibility.v1",
                Instant.parse("2025-09-03T10:00:00Z"));
        ScoreAccepted reviewed = new ScoreAccepted(STUDENT, Game.MEMORY, "s1", 10, "plausibility.v1",
                Instant.parse("2025-09-04T10:00:00Z"));

        assertThat(XpRule.forGame(reviewed).awardId()).isEqualTo(XpRule.forGame(first).awardId());
    }
}
