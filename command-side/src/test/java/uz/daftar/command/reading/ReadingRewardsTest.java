package uz.daftar.command.reading;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uz.daftar.command.coins.AwardCoinsCommand;
import uz.daftar.command.coins.CoinRule;
import uz.daftar.command.coins.Wallet;
import uz.daftar.command.practice.PracticeSkillCommand;
import uz.daftar.command.progress.AwardIds;
import uz.daftar.command.progress.AwardXpCommand;
import uz.daftar.command.progress.StudentProgress;
import uz.daftar.command.progress.XpRule;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.progress.XpAwarded;
import uz.daftar.events.reading.ReadingAssessed;
import uz.daftar.events.reading.ReadingAssessor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.listWithAnyOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static uz.daftar.command.TestEvents.STUDENT;
import static uz.daftar.command.TestEvents.walletOpened;
import static uz.daftar.command.reading.ReadingAttemptTest.AT;
import static uz.daftar.command.reading.ReadingAttemptTest.ATTEMPT;

/** XP, coins and mastery for an assessed reading, under versioned rules, the same for both assessors. */
class ReadingRewardsTest {

    static ReadingAssessed assessed(ReadingAssessor source, double pronunciation) {
        return new ReadingAssessed(ATTEMPT, STUDENT, "uz-Latn", source, source == ReadingAssessor.TEACHER
                ? "tch-1" : null, 80, 80, 100, null, pronunciation, List.of(), null, null, AT);
    }

    @Test
    void xpFollowsThePronunciationScoreBands() {
        assertThat(XpRule.forReading(assessed(ReadingAssessor.AZURE, 91)).amount()).isEqualTo(20);
        assertThat(XpRule.forReading(assessed(ReadingAssessor.AZURE, 60)).amount()).isEqualTo(12);
        assertThat(XpRule.forReading(assessed(ReadingAssessor.AZURE, 59.9)).amount()).isEqualTo(5);
    }

    @Test
    void aTeachersScoreEarnsWhatTheServicesWould() {
        assertThat(XpRule.forReading(assessed(ReadingAssessor.TEACHER, 88)))
                .isEqualTo(XpRule.forReading(assessed(ReadingAssessor.AZURE, 88)));
        assertThat(CoinRule.forReading(assessed(ReadingAssessor.TEACHER, 88)))
                .isEqualTo(CoinRule.forReading(assessed(ReadingAssessor.AZURE, 88)));
    }

    @Test
    void coinsOnlyForAGoodReading() {
        assertThat(CoinRule.forReading(assessed(ReadingAssessor.AZURE, 85))).get()
                .extracting(AwardCoinsCommand::amount).isEqualTo(3L);
        assertThat(CoinRule.forReading(assessed(ReadingAssessor.AZURE, 70))).get()
                .extracting(AwardCoinsCommand::amount).isEqualTo(1L);
        assertThat(CoinRule.forReading(assessed(ReadingAssessor.AZURE, 69))).isEmpty();
    }

    @Test
    void awardIdsAreDerivedFromTheAttemptAndTheRuleVersion() {
        AwardXpCommand xp = XpRule.forReading(assessed(ReadingAssessor.AZURE, 90));
        AwardCoinsCommand coins = CoinRule.forReading(assessed(ReadingAssessor.AZURE, 90)).orElseThrow();

        assertThat(xp.awardId()).isEqualTo(AwardIds.of("xp", "reading:" + ATTEMPT, XpRule.READING_V1));
        assertThat(xp.ruleVersion()).isEqualTo("xp.reading.v1");
        assertThat(coins.entryId()).isEqualTo(AwardIds.of("coins", "reading:" + ATTEMPT, CoinRule.READING_V1));
        assertThat(coins.ruleVersion()).isEqualTo("coins.reading.v1");
    }

    @Test
    void aReadingCountsTowardsMasteryOfReadingInItsLanguage() {
        PracticeSkillCommand good = PracticeSkillCommand.forReading(assessed(ReadingAssessor.AZURE, 70));
        PracticeSkillCommand weak = PracticeSkillCommand.forReading(assessed(ReadingAssessor.AZURE, 69));

        assertThat(good.skill()).isEqualTo("reading:uz-Latn");
        assertThat(good.answerId()).isEqualTo("reading:" + ATTEMPT);
        assertThat(good.correct()).isTrue();
        assertThat(weak.correct()).isFalse();
    }

    @Test
    void theSameReadingNeverPaysCoinsTwice() {
        AwardCoinsCommand award = CoinRule.forReading(assessed(ReadingAssessor.AZURE, 90)).orElseThrow();
        AggregateTestFixture<Wallet> wallet = new AggregateTestFixture<>(Wallet.class);

        wallet.given(walletOpened())
              .when(award)
              .expectEventsMatching(payloadsMatching(exactSequenceOf(
                      matches((CoinsAwarded awarded) -> awarded.amount() == 3
                              && awarded.ruleVersion().equals(CoinRule.READING_V1)), andNoMore())));
        wallet.given(walletOpened(), new CoinsAwarded(STUDENT, award.entryId(), 3, 3, award.sourceEventId(),
                      "ReadingAssessed", CoinRule.READING_V1, "platform:issuance", "wallet:" + STUDENT, 3, AT))
              .when(award)
              .expectSuccessfulHandlerExecution()
              .expectNoEvents();
    }

    @Test
    void theSameReadingNeverPaysXpTwice() {
        AwardXpCommand award = XpRule.forReading(assessed(ReadingAssessor.TEACHER, 90));
        AggregateTestFixture<StudentProgress> progress = new AggregateTestFixture<>(StudentProgress.class);

        progress.givenNoPriorActivity()
                .when(award)
                .expectEventsMatching(payloadsMatching(listWithAnyOf(
                        matches((Object event) -> event instanceof XpAwarded awarded && awarded.amount() == 20
                                && awarded.ruleVersion().equals(XpRule.READING_V1)))));
        progress.givenCommands(award)
                .when(award)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
