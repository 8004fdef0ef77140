package uz.daftar.command.coins;

import org.junit.jupiter.api.Test;
import uz.daftar.command.TestEvents.Answer;
import uz.daftar.command.progress.AwardIds;
import uz.daftar.events.practice.PracticeAnswerRecorded;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.command.TestEvents.STUDENT;
import static uz.daftar.command.TestEvents.answer;

class CoinRuleTest {

    private final Answer answer = answer("ans-1");

    @Test
    void aCorrectAnswerEarnsOneCoin() {
        assertThat(CoinRule.forAnswer(answer.recorded()))
                .hasValueSatisfying(award -> assertThat(award.amount()).isEqualTo(1));
    }

    @Test
    void aWrongAnswerEarnsNothing() {
        assertThat(CoinRule.forAnswer(answer.wrong().recorded())).isEmpty();
    }

    @Test
    void theEntryIdIsDerivedFromTheAnswerIdAndTheRuleVersion() {
        String entryId = CoinRule.forAnswer(answer.recorded()).orElseThrow().entryId();

        assertThat(entryId).isEqualTo(AwardIds.of("coins", "ans-1", CoinRule.PRACTICE_ANSWER_V1));
        assertThat(entryId).isNotEqualTo(AwardIds.of("coins", "ans-1", "coins.practice-answer.v2"));
    }

    @Test
    void differentAnswersYieldDifferentEntryIds() {
        assertThat(CoinRule.forAnswer(answer.recorded()).orElseThrow().entryId())
                .isNotEqualTo(CoinRule.forAnswer(answer("ans-2").recorded()).orElseThrow().entryId());
    }

    @Test
    void theAwardNamesItsStudentCauseAndRule() {
        AwardCoinsCommand award = CoinRule.forAnswer(answer.recorded()).orElseThrow();

        assertThat(award.studentId()).isEqualTo(STUDENT);
        assertThat(award.sourceEventId()).isEqualTo("ans-1");
        assertThat(award.sourceType()).isEqualTo("PracticeAnswerRecorded");
        assertThat(award.ruleVersion()).isEqualTo(CoinRule.PRACTICE_ANSWER_V1);
    }

    @Test
    void theAwardIsDatedWhenTheStudentAnswered() {
        PracticeAnswerRecorded recorded = answer.recorded();

        AwardCoinsCommand award = CoinRule.forAnswer(recorded).orElseThrow();

        assertThat(award.occurredAt()).isEqualTo(recorded.answeredAt()).isNotEqualTo(recorded.recordedAt());
    }
}
