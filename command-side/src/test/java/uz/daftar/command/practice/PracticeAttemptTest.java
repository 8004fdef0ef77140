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

import java.time.Duration;

import static org.hamcrest.Matchers.equalTo;
import static uz.daftar.command.TestEvents.OTHER_STUDENT;
import static uz.daftar.command.TestEvents.RECORDED_AT;
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

    private static Matcher<CommandRejected> rejectedWith(String code) {
        return new FeatureMatcher<>(equalTo(code), "a rejection with code", "code") {
            @Override
            protected String featureValueOf(CommandRejected rejected) {
                return rejected.code();
            }
        };
    }
}
