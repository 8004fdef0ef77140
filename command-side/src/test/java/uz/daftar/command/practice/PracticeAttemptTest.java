package uz.daftar.command.practice;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.TestEvents.Answer;

import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAttemptAbandoned;
import uz.daftar.events.practice.PracticeAttemptCompleted;

import java.time.Duration;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static uz.daftar.command.TestEvents.ATTEMPT;
import static uz.daftar.command.TestEvents.OTHER_STUDENT;
import static uz.daftar.command.TestEvents.RECORDED_AT;
import static uz.daftar.command.TestEvents.STUDENT;
import static uz.daftar.command.TestEvents.answer;
import static uz.daftar.events.practice.PracticeActivity.LESSON;

class PracticeAttemptTest {

    private FixtureConfiguration<PracticeAttempt> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PracticeAttempt.class);
    }

    @Nested
    class RecordPracticeAnswer {

        private final Answer first = answer("ans-1");
        private final Answer second = answer("ans-2");

        @Test
        void theFirstAnswerStartsTheAttempt() {
            fixture.givenNoPriorActivity()
                   .when(first.command())
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(first.recorded());
        }

        @Test
        void aFurtherAnswerIsRecordedInTheSameAttempt() {
            fixture.given(first.recorded())
                   .when(second.command())
                   .expectEvents(second.recorded());
        }

        @Test
        void anAttemptBelongsToOneStudent() {
            fixture.given(first.recorded())
                   .when(second.by(OTHER_STUDENT).command())
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("attempt-of-another-student"))
                   .expectNoEvents();
        }

        @Test
        void anAttemptIsAtOneActivity() {
            fixture.given(first.recorded())
                   .when(second.in(LESSON).command())
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("attempt-activity-mismatch"))
                   .expectNoEvents();
        }

        @Test
        void aRepeatedAnswerIsAcceptedAndChangesNothing() {
            fixture.given(first.recorded(), second.recorded())
                   .when(first.command())
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anAnswerDatedMoreThanFiveMinutesAfterItsArrivalIsRejected() {
            Answer fromTheFuture = first.answeredAt(RECORDED_AT.plus(Duration.ofMinutes(5)).plusMillis(1));

            fixture.givenNoPriorActivity()
                   .when(fromTheFuture.command())
                   .expectException(CommandRejected.class)
                   .expectException(rejectedWith("answered-in-the-future"))
                   .expectNoEvents();
        }

        @Test
        void anAnswerDatedUpToFiveMinutesAfterItsArrivalIsClockSkewAndAccepted() {
            Answer skewed = first.answeredAt(RECORDED_AT.plus(Duration.ofMinutes(5)));

            fixture.givenNoPriorActivity()
                   .when(skewed.command())
                   .expectEvents(skewed.recorded());
        }
    }

    @Nested
    class CompleteAttempt {

        private final Answer right = answer("ans-1");
        private final Answer wrong = answer("ans-2").wrong();

        @Test
        void completingCountsTheAnswersAndTheRightOnes() {
            fixture.given(right.recorded(), wrong.recorded())
                   .when(new CompleteAttemptCommand(ATTEMPT, STUDENT, null, null, null, RECORDED_AT))
                   .expectEvents(new PracticeAttemptCompleted(ATTEMPT, STUDENT, PracticeActivity.QUIZ, 2, 1, null, null,
                           null, RECORDED_AT));
        }

        @Test
        void aTypingExerciseIsCompletedWithItsTypingFigures() {
            Answer typed = answer("ans-1").in(PracticeActivity.TYPING_EXERCISE);
            fixture.given(typed.recorded())
                   .when(new CompleteAttemptCommand(ATTEMPT, STUDENT, 21, 93, Map.of("o", 2), RECORDED_AT))
                   .expectEvents(new PracticeAttemptCompleted(ATTEMPT, STUDENT, PracticeActivity.TYPING_EXERCISE, 1, 1,
                           21, 93, Map.of("o", 2), RECORDED_AT));
        }

        @Test
        void aTypingExerciseCannotBeCompletedWithoutItsTypingFigures() {
            fixture.given(answer("ans-1").in(PracticeActivity.TYPING_EXERCISE).recorded())
                   .when(new CompleteAttemptCommand(ATTEMPT, STUDENT, null, null, null, RECORDED_AT))
                   .expectException(rejectedWith("typing-figures"))
                   .expectNoEvents();
        }

        @Test
        void onlyATypingExerciseReportsTypingFigures() {
            fixture.given(right.recorded())
                   .when(new CompleteAttemptCommand(ATTEMPT, STUDENT, 30, 90, null, RECORDED_AT))
                   .expectException(rejectedWith("typing-figures"))
                   .expectNoEvents();
        }

        @Test
        void anotherStudentCannotCompleteTheAttempt() {
            fixture.given(right.recorded())
                   .when(new CompleteAttemptCommand(ATTEMPT, OTHER_STUDENT, null, null, null, RECORDED_AT))
                   .expectException(rejectedWith("attempt-of-another-student"))
                   .expectNoEvents();
        }

        @Test
        void completingTwiceChangesNothing() {
            fixture.given(right.recorded(), new PracticeAttemptCompleted(ATTEMPT, STUDENT, PracticeActivity.QUIZ, 1, 1,
                           null, null, null, RECORDED_AT))
                   .when(new CompleteAttemptCommand(ATTEMPT, STUDENT, null, null, null, RECORDED_AT))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aCompletedAttemptTakesNoMoreAnswers() {
            fixture.given(right.recorded(), new PracticeAttemptCompleted(ATTEMPT, STUDENT, PracticeActivity.QUIZ, 1, 1,
                           null, null, null, RECORDED_AT))
                   .when(answer("ans-3").command())
                   .expectException(rejectedWith("attempt-closed"))
                   .expectNoEvents();
        }
    }

    @Nested
    class AbandonAttempt {

        @Test
        void abandoningRecordsHowFarTheStudentGot() {
            fixture.given(answer("ans-1").recorded())
                   .when(new AbandonAttemptCommand(ATTEMPT, STUDENT, RECORDED_AT))
                   .expectEvents(new PracticeAttemptAbandoned(ATTEMPT, STUDENT, PracticeActivity.QUIZ, 1, RECORDED_AT));
        }

        @Test
        void anAbandonedAttemptTakesNoMoreAnswers() {
            fixture.given(answer("ans-1").recorded(),
                           new PracticeAttemptAbandoned(ATTEMPT, STUDENT, PracticeActivity.QUIZ, 1, RECORDED_AT))
                   .when(answer("ans-2").command())
                   .expectException(rejectedWith("attempt-closed"))
                   .expectNoEvents();
        }
    }

    private static Matcher<CommandRejected> rejectedWith(String code) {
        return new FeatureMatcher<>(equalTo(code), "a rejection with code", "code") {
            @Override
            protected String featureValueOf(CommandRejected rejected) {
                return rejected.code();
            }
        };
    }
}
