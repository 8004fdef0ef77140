package uz.daftar.projections.timeline;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import uz.daftar.events.learner.ClassOpened;
import uz.daftar.events.learner.LearningCentreRegistered;
import uz.daftar.events.olympiad.OlympiadPublished;
import uz.daftar.events.olympiad.RankedEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.daftar.projections.timeline.TimelineFigure.ANSWERS;
import static uz.daftar.projections.timeline.TimelineFigure.BADGES;
import static uz.daftar.projections.timeline.TimelineFigure.COINS;
import static uz.daftar.projections.timeline.TimelineFigure.COINS_HELD;
import static uz.daftar.projections.timeline.TimelineFigure.CORRECT_ANSWERS;
import static uz.daftar.projections.timeline.TimelineFigure.PRACTICE_MILLIS;
import static uz.daftar.projections.timeline.TimelineFigure.STREAK_FREEZES;
import static uz.daftar.projections.timeline.TimelineFigure.XP;
import static uz.daftar.projections.timeline.TimelineTestEvents.AT;
import static uz.daftar.projections.timeline.TimelineTestEvents.STUDENT;
import static uz.daftar.projections.timeline.TimelineTestEvents.answer;
import static uz.daftar.projections.timeline.TimelineTestEvents.coinsHeld;
import static uz.daftar.projections.timeline.TimelineTestEvents.coinsSpent;
import static uz.daftar.projections.timeline.TimelineTestEvents.everyKind;
import static uz.daftar.projections.timeline.TimelineTestEvents.freezeUsed;
import static uz.daftar.projections.timeline.TimelineTestEvents.holdCaptured;
import static uz.daftar.projections.timeline.TimelineTestEvents.holdReleased;
import static uz.daftar.projections.timeline.TimelineTestEvents.levelReached;
import static uz.daftar.projections.timeline.TimelineTestEvents.standingsPage;
import static uz.daftar.projections.timeline.TimelineTestEvents.streakChanged;
import static uz.daftar.projections.timeline.TimelineTestEvents.xpAwarded;

class TimelineProjectionTest {

    /** When the event reached the projection: much later than it happened, and never what the timeline shows. */
    private static final Instant PROCESSED = Instant.parse("2027-01-01T00:00:00Z");

    private final RecordingTimelineWriter writer = new RecordingTimelineWriter();
    private final TimelineProjection projection = new TimelineProjection(writer);
    private long sequence;

    @Nested
    class Descriptions {

        @Test
        void aCorrectAnswerSaysWhatWasAnsweredAndHowFast() {
            deliver(answer("answer-1", true, 12_000));

            assertThat(writer.only("PracticeAnswerRecorded").description())
                    .isEqualTo("Answered a quiz question on fractions correctly in 12 s.");
        }

        @Test
        void aWrongAnswerIsToldKindly() {
            deliver(answer("answer-1", false, 8_400));

            assertThat(writer.only("PracticeAnswerRecorded").description())
                    .isEqualTo("Answered a quiz question on fractions in 8 s; not right this time.");
        }

        @Test
        void anXpAwardNamesItsCauseItsRuleAndTheNewTotal() {
            deliver(xpAwarded(10, 120));

            assertThat(writer.only("XpAwarded").description())
                    .isEqualTo("Earned 10 XP for a practice answer (rule xp.practice-answer.v1); 120 XP in total.");
        }

        @Test
        void aLevelSaysWhichAndWithHowMuchXp() {
            deliver(levelReached(3, 300));

            assertThat(writer.only("LevelReached").description())
                    .isEqualTo("Reached level 3 with 300 XP (rule levels.v1).");
        }

        @Test
        void aStreakChangeSaysHowLongTheStreakIsNow() {
            LocalDate day = LocalDate.of(2026, 11, 20);

            deliver(streakChanged(day, 5, 7, day));

            assertThat(writer.only("StreakChanged").description())
                    .isEqualTo("Practised on 2026-11-20: the streak is now 5 days (best 7, rule streaks.v1).");
        }

        @Test
        void aLateDayThatJoinsTheStreakSaysItCountsToo() {
            deliver(streakChanged(LocalDate.of(2026, 11, 18), 3, 3, LocalDate.of(2026, 11, 20)));

            assertThat(writer.only("StreakChanged").description()).isEqualTo("Practice on 2026-11-18 counts too: "
                    + "the streak is 3 days up to 2026-11-20 (best 3, rule streaks.v1).");
        }

        @Test
        void aSpendSaysWhatForAndWhatIsLeft() {
            deliver(coinsSpent(30, "a sticker pack", 5));

            assertThat(writer.only("CoinsSpent").description())
                    .isEqualTo("Spent 30 coins on a sticker pack; balance 5.");
        }

        @Test
        void aBadgeIsCalledByItsName() {
            deliver(everyKind().stream().filter(e -> e.getClass().getSimpleName().equals("BadgeEarned")).findFirst()
                    .orElseThrow());

            assertThat(writer.only("BadgeEarned").description())
                    .isEqualTo("Earned the badge \"3-day streak\" (rule badges.v1).");
        }

        @Test
        void everyEventAboutAStudentHasAnEntrySoANewEventCannotBeForgotten() {
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata()
                    .hasAnnotation("org.axonframework.serialization.Revision"));
            Set<String> aboutAStudent = scanner.findCandidateComponents("uz.daftar.events").stream()
                    .map(BeanDefinition::getBeanClassName)
                    .filter(TimelineProjectionTest::hasStudentId)
                    .map(name -> name.substring(name.lastIndexOf('.') + 1))
                    .collect(Collectors.toSet());

            assertThat(aboutAStudent).contains("XpAwarded", "LeaderboardVisibilityChanged");
            assertThat(TimelineKinds.ALL).containsAll(aboutAStudent);
        }

        @Test
        void everyEntryIsPlainWordsEndingInAFullStop() {
            everyKind().forEach(TimelineProjectionTest.this::deliver);

            assertThat(writer.rows.values()).allSatisfy(row -> assertThat(row.description())
                    .matches("[A-Z].*\\.").doesNotContain("null").doesNotContain("  "));
        }
    }

    private static boolean hasStudentId(String className) {
        try {
            Class<?> type = Class.forName(className);
            return type.isRecord() && Arrays.stream(type.getRecordComponents())
                    .anyMatch(component -> component.getName().equals("studentId"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class Figures {

        @Test
        void anAnswerCountsOnceTowardsAnswersAndCorrectAnswersWithItsTime() {
            deliver(answer("answer-1", true, 12_000));

            assertThat(writer.only("PracticeAnswerRecorded").contributions())
                    .isEqualTo(Map.of(ANSWERS, 1L, CORRECT_ANSWERS, 1L, PRACTICE_MILLIS, 12_000L));
        }

        @Test
        void aWrongAnswerAddsNothingToCorrectAnswers() {
            deliver(answer("answer-1", false, 5_000));

            assertThat(writer.only("PracticeAnswerRecorded").contributions())
                    .isEqualTo(Map.of(ANSWERS, 1L, PRACTICE_MILLIS, 5_000L));
        }

        @Test
        void anXpAwardAddsItsAmountAndKeepsItsRuleAndSource() {
            deliver(xpAwarded(10, 120));

            RecordingTimelineWriter.Row row = writer.only("XpAwarded");
            assertThat(row.contributions()).isEqualTo(Map.of(XP, 10L));
            assertThat(row.ruleVersion()).isEqualTo("xp.practice-answer.v1");
            assertThat(row.sourceId()).isEqualTo("answer-1");
            assertThat(row.figures()).containsEntry("xp", 10L).containsEntry("totalXp", 120L);
        }

        @Test
        void aSpendTakesCoinsOutOfTheWallet() {
            deliver(coinsSpent(30, "a sticker pack", 5));

            RecordingTimelineWriter.Row row = writer.only("CoinsSpent");
            assertThat(row.contributions()).isEqualTo(Map.of(COINS, -30L));
            assertThat(row.figures()).containsEntry("coins", -30L).containsEntry("balanceAfter", 5L);
        }

        @Test
        void coinsSetAsideLeaveTheWalletAndAreHeld() {
            deliver(coinsHeld(10, 21));

            assertThat(writer.only("CoinsHeld").contributions()).isEqualTo(Map.of(COINS, -10L, COINS_HELD, 10L));
        }

        @Test
        void aCapturedHoldIsNoLongerHeldAndNeverComesBackToTheWallet() {
            deliver(holdCaptured(10));

            assertThat(writer.only("HoldCaptured").contributions()).isEqualTo(Map.of(COINS_HELD, -10L));
        }

        @Test
        void aReleasedHoldComesBackToTheWallet() {
            deliver(holdReleased(10, true, 31));

            RecordingTimelineWriter.Row row = writer.only("HoldReleased");
            assertThat(row.contributions()).isEqualTo(Map.of(COINS, 10L, COINS_HELD, -10L));
            assertThat(row.description()).isEqualTo(
                    "The 10 coins set aside (hold fee-1) came back to the wallet when the hold ran out; balance 31.");
        }

        @Test
        void freezesCoveringTwoDaysTakeTwoFreezes() {
            deliver(freezeUsed(0, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19)));

            RecordingTimelineWriter.Row row = writer.only("StreakFreezeUsed");
            assertThat(row.contributions()).isEqualTo(Map.of(STREAK_FREEZES, -2L));
            assertThat(row.figures()).containsEntry("days", List.of("2026-11-18", "2026-11-19"));
            assertThat(row.description()).startsWith("Streak freezes covered 2026-11-18 and 2026-11-19,");
        }

        @Test
        void aBadgeCountsOnce() {
            everyKind().forEach(TimelineProjectionTest.this::deliver);

            assertThat(writer.only("BadgeEarned").contributions()).isEqualTo(Map.of(BADGES, 1L));
        }

        @Test
        void anEntryHappensWhenItsEventHappenedNotWhenItWasProcessed() {
            everyKind().forEach(TimelineProjectionTest.this::deliver);

            assertThat(writer.rows.values()).allSatisfy(row -> assertThat(row.occurredAt()).isBefore(PROCESSED));
            assertThat(writer.only("XpAwarded").occurredAt()).isEqualTo(AT);
        }
    }

    @Nested
    class Delivery {

        @Test
        void aRedeliveredEventWritesTheSameEntryUnderTheSameKey() {
            EventMessage<?> message = message(xpAwarded(10, 120));

            projection.on(message.getPayload(), message);
            projection.on(message.getPayload(), message);

            assertThat(writer.written).hasSize(2);
            assertThat(writer.written.get(1)).isEqualTo(writer.written.get(0));
            assertThat(writer.rows).hasSize(1);
        }

        @Test
        void theOrderEventsArriveInDoesNotChangeTheTimeline() {
            List<EventMessage<?>> history = everyKind().stream().map(TimelineProjectionTest.this::message).toList();
            history.forEach(m -> projection.on(m.getPayload(), m));
            Set<RecordingTimelineWriter.Row> inOrder = Set.copyOf(writer.rows.values());

            for (long seed = 1; seed <= 5; seed++) {
                List<EventMessage<?>> shuffled = new ArrayList<>(history);
                Collections.shuffle(shuffled, new Random(seed));
                writer.clear();
                shuffled.forEach(m -> projection.on(m.getPayload(), m));

                assertThat(Set.copyOf(writer.rows.values())).as("seed " + seed).isEqualTo(inOrder);
            }
        }

        @Test
        void everyKindOfTimelineEntryIsRecordedUnderItsEventsType() {
            everyKind().forEach(TimelineProjectionTest.this::deliver);

            Set<String> kinds = writer.rows.values().stream().map(RecordingTimelineWriter.Row::kind)
                    .collect(Collectors.toSet());
            assertThat(kinds).isEqualTo(TimelineKinds.ALL);
            assertThat(writer.rows.values()).allSatisfy(row -> assertThat(row.studentId()).isEqualTo(STUDENT));
        }

        @Test
        void everyKindHasItsPlaceAmongEntriesOfOneInstantACauseBeforeWhatItSetsOff() {
            assertThat(TimelineKinds.CAUSAL_ORDER).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                    TimelineKinds.ALL);
            assertThat(TimelineKinds.rank("PracticeAnswerRecorded")).isLessThan(TimelineKinds.rank("XpAwarded"));
            assertThat(TimelineKinds.rank("XpAwarded")).isLessThan(TimelineKinds.rank("LevelReached"));
            assertThat(TimelineKinds.rank("StreakChanged")).isLessThan(TimelineKinds.rank("BadgeEarned"));
            assertThat(TimelineKinds.rank("ScoreAccepted")).isLessThan(TimelineKinds.rank("XpAwarded"));
            assertThat(TimelineKinds.rank("ParticipantRegistered")).isLessThan(TimelineKinds.rank("CoinsHeld"));
            assertThat(TimelineKinds.rank("StandingsPageFrozen")).isLessThan(TimelineKinds.rank("PrizeAwarded"));
        }

        @Test
        void eventsThatConcernNoStudentAreNotInAnyTimeline() {
            deliver(new ClassOpened("class-1", "centre-1", "teacher-1", "3B", AT));
            deliver(new LearningCentreRegistered("centre-1", "Nur", "Tashkent", AT));
            deliver(new OlympiadPublished("olymp-1", "admin-1", AT));

            assertThat(writer.written).isEmpty();
        }

        @Test
        void aFrozenStandingsPageIsOneEntryForEachStudentRankedOnIt() {
            deliver(standingsPage(new RankedEntry(1, "bekzod", 10, AT, 50), new RankedEntry(2, STUDENT, 8, AT, 0)));

            assertThat(writer.rows).hasSize(2);
            assertThat(writer.rows.get(List.of(STUDENT, "event-1")).description())
                    .isEqualTo("Final result of olympiad olymp-1: place 2 with 8 points (rule olympiad-prizes.v1).");
            assertThat(writer.rows.get(List.of("bekzod", "event-1")).description()).isEqualTo(
                    "Final result of olympiad olymp-1: place 1 with 10 points, with a prize of 50 coins "
                            + "(rule olympiad-prizes.v1).");
        }

        @Test
        void aResetClearsTheTimeline() {
            deliver(xpAwarded(10, 120));

            projection.reset();

            assertThat(writer.rows).isEmpty();
        }
    }

    private void deliver(Object event) {
        EventMessage<?> message = message(event);
        projection.on(message.getPayload(), message);
    }

    /** The event as stored: its own id, the next number in its stream, and a time long after it happened. */
    private EventMessage<?> message(Object event) {
        sequence++;
        return new GenericDomainEventMessage<>(event.getClass().getSimpleName(), "stream-" + STUDENT, sequence,
                event, MetaData.emptyInstance(), "event-" + sequence, PROCESSED);
    }
}
