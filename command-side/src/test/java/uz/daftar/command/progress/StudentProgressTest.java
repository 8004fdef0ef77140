package uz.daftar.command.progress;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.events.progress.BadgeEarned;
import uz.daftar.events.progress.LevelReached;
import uz.daftar.events.progress.ProgressStarted;
import uz.daftar.events.progress.StreakChanged;
import uz.daftar.events.progress.StreakFreezeEarned;
import uz.daftar.events.progress.StreakFreezeUsed;
import uz.daftar.events.progress.XpAwarded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static uz.daftar.command.TestEvents.STUDENT;

class StudentProgressTest {

    static final String ZONE = "Asia/Tashkent";
    /** 10:00 in Tashkent on 2025-09-01. */
    static final Instant DAY1 = Instant.parse("2025-09-01T05:00:00Z");
    static final String XP = XpRule.PRACTICE_ANSWER_V1;

    private FixtureConfiguration<StudentProgress> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StudentProgress.class);
    }

    static ProgressStarted started() {
        return new ProgressStarted(STUDENT, ZONE, DAY1.minusSeconds(3600));
    }

    static Instant day(int n) {
        return DAY1.plusSeconds(86_400L * (n - 1));
    }

    static LocalDate localDay(int n) {
        return LocalDate.of(2025, 9, n);
    }

    static AwardXpCommand award(String id, long amount, Instant at) {
        return new AwardXpCommand(STUDENT, id, amount, "src-" + id, "PracticeAnswerRecorded", XP, at);
    }

    static XpAwarded awarded(String id, long amount, long total, Instant at) {
        return new XpAwarded(STUDENT, id, amount, total, "src-" + id, "PracticeAnswerRecorded", XP, at);
    }

    static StreakChanged streak(int dayCounted, int current, int best, int lastDay, Instant at) {
        return new StreakChanged(STUDENT, localDay(dayCounted), current, best, localDay(lastDay), StreakCalendar.RULE,
                at);
    }

    static BadgeEarned badge(String badge, String source, Instant at) {
        return new BadgeEarned(STUDENT, badge, BadgeRules.V1, source, at);
    }

    @Nested
    class StartProgress {

        @Test
        void progressStartsInTheStudentsTimeZone() {
            fixture.givenNoPriorActivity()
                   .when(new StartProgressCommand(STUDENT, ZONE, DAY1))
                   .expectEvents(new ProgressStarted(STUDENT, ZONE, DAY1));
        }

        @Test
        void progressStartsOnce() {
            fixture.given(started())
                   .when(new StartProgressCommand(STUDENT, "Europe/Moscow", DAY1))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class AwardXp {

        @Test
        void theFirstAnswerEarnsXpStartsTheStreakAndTheFirstBadge() {
            fixture.given(started())
                   .when(award("a1", 10, DAY1))
                   .expectEvents(awarded("a1", 10, 10, DAY1), streak(1, 1, 1, 1, DAY1),
                           badge("first-answer", "src-a1", DAY1));
        }

        @Test
        void anAwardIdPaysAtMostOnce() {
            fixture.given(started(), awarded("a1", 10, 10, DAY1), streak(1, 1, 1, 1, DAY1))
                   .when(award("a1", 10, DAY1))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anAwardOfNothingPaysNoXpButItsDayCounts() {
            fixture.given(started())
                   .when(award("a1", 0, DAY1))
                   .expectEvents(streak(1, 1, 1, 1, DAY1));
        }

        @Test
        void reachingOneHundredXpIsLevelTwo() {
            fixture.given(started(), awarded("a1", 95, 95, DAY1), streak(1, 1, 1, 1, DAY1),
                           badge("first-answer", "src-a1", DAY1))
                   .when(award("a2", 10, DAY1))
                   .expectEvents(awarded("a2", 10, 105, DAY1),
                           new LevelReached(STUDENT, 2, 105, LevelRule.V1, DAY1),
                           badge("xp-100", "src-a2", DAY1));
        }

        @Test
        void withoutAStartedProgressTheDefaultTimeZoneIsUsed() {
            fixture.givenNoPriorActivity()
                   .when(award("a1", 0, DAY1))
                   .expectEvents(new ProgressStarted(STUDENT, StudentProgress.DEFAULT_ZONE, DAY1),
                           streak(1, 1, 1, 1, DAY1));
        }
    }

    @Nested
    class Streaks {

        @Test
        void daysAreCountedInTheStudentsTimeZoneNotInUtc() {
            // 2025-09-01T20:00Z is already 2025-09-02 01:00 in Tashkent
            Instant lateEvening = Instant.parse("2025-09-01T20:00:00Z");
            fixture.given(started(), awarded("a1", 2, 2, DAY1), streak(1, 1, 1, 1, DAY1),
                           badge("first-answer", "src-a1", DAY1))
                   .when(award("a2", 0, lateEvening))
                   .expectEvents(streak(2, 2, 2, 2, lateEvening));
        }

        @Test
        void aMissedDayWithoutAFreezeStartsAgain() {
            fixture.given(started(), streak(1, 1, 1, 1, day(1)), streak(2, 2, 2, 2, day(2)))
                   .when(award("a3", 0, day(4)))
                   .expectEvents(streak(4, 1, 2, 4, day(4)));
        }

        @Test
        void aLateAnswerForAMissedDayJoinsTheStreakAgainAndRevisesTheBadges() {
            fixture.given(started(), streak(1, 1, 1, 1, day(1)), streak(3, 1, 1, 3, day(3)))
                   .when(award("late", 0, day(2)))
                   .expectEvents(streak(2, 3, 3, 3, day(2)), badge("streak-3", "src-late", day(2)));
        }

        @Test
        void aSecondAnswerOnTheSameDayDoesNotChangeTheStreak() {
            fixture.given(started(), awarded("a1", 2, 2, day(1)), streak(1, 1, 1, 1, day(1)),
                           badge("first-answer", "src-a1", day(1)))
                   .when(award("a2", 2, day(1).plusSeconds(60)))
                   .expectEvents(awarded("a2", 2, 4, day(1).plusSeconds(60)));
        }

        @Test
        void aFullWeekEarnsAFreeze() {
            fixture.given(started(), streak(1, 1, 1, 1, day(1)), streak(2, 2, 2, 2, day(2)),
                           streak(3, 3, 3, 3, day(3)), streak(4, 4, 4, 4, day(4)), streak(5, 5, 5, 5, day(5)),
                           streak(6, 6, 6, 6, day(6)))
                   .when(award("a7", 0, day(7)))
                   .expectEvents(streak(7, 7, 7, 7, day(7)),
                           new StreakFreezeEarned(STUDENT, 1, StreakCalendar.RULE, day(7)),
                           badge("streak-3", "src-a7", day(7)), badge("streak-7", "src-a7", day(7)));
        }

        @Test
        void aBankedFreezeCoversAMissedDay() {
            fixture.given(started(), streak(1, 1, 1, 1, day(1)),
                           new StreakFreezeEarned(STUDENT, 1, StreakCalendar.RULE, day(1)))
                   .when(award("a3", 0, day(3)))
                   .expectEvents(new StreakFreezeUsed(STUDENT, List.of(localDay(2)), 0, StreakCalendar.RULE, day(3)),
                           streak(3, 3, 3, 3, day(3)), badge("streak-3", "src-a3", day(3)));
        }

        @Test
        void freezesCoverAGapOnlyWhenThereAreEnoughForAllOfIt() {
            fixture.given(started(), streak(1, 1, 1, 1, day(1)),
                           new StreakFreezeEarned(STUDENT, 1, StreakCalendar.RULE, day(1)))
                   .when(award("a4", 0, day(4)))
                   .expectEvents(streak(4, 1, 1, 4, day(4)));
        }
    }

    @Nested
    class Badges {

        @Test
        void tenXpEarningAnswersInOneDayEarnBusyDay() {
            fixture.given(started(), awarded("a1", 2, 2, day(1)), awarded("a2", 2, 4, day(1)),
                           awarded("a3", 2, 6, day(1)), awarded("a4", 2, 8, day(1)), awarded("a5", 2, 10, day(1)),
                           awarded("a6", 2, 12, day(1)), awarded("a7", 2, 14, day(1)), awarded("a8", 2, 16, day(1)),
                           awarded("a9", 2, 18, day(1)), streak(1, 1, 1, 1, day(1)),
                           badge("first-answer", "src-a1", day(1)))
                   .when(award("a10", 2, day(1)))
                   .expectEvents(awarded("a10", 2, 20, day(1)), badge("busy-day", "src-a10", day(1)));
        }

        @Test
        void aBadgeIsEarnedOnce() {
            fixture.given(started(), awarded("a1", 2, 2, day(1)), streak(1, 1, 1, 1, day(1)),
                           badge("first-answer", "src-a1", day(1)))
                   .when(award("a2", 2, day(1)))
                   .expectEvents(awarded("a2", 2, 4, day(1)));
        }
    }
}
