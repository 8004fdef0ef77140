package uz.daftar.command.progress;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static uz.daftar.command.TestEvents.awardXp;
import static uz.daftar.command.TestEvents.xpAwarded;

class StudentProgressTest {

    private FixtureConfiguration<StudentProgress> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StudentProgress.class);
    }

    @Nested
    class AwardXp {

        @Test
        void theFirstAwardStartsTheStudentsProgress() {
            fixture.givenNoPriorActivity()
                   .when(awardXp("award-1", 10))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(xpAwarded("award-1", 10, 10));
        }

        @Test
        void totalXpAccumulatesOverAwards() {
            fixture.given(xpAwarded("award-1", 10, 10), xpAwarded("award-2", 2, 12))
                   .when(awardXp("award-3", 10))
                   .expectEvents(xpAwarded("award-3", 10, 22));
        }

        @Test
        void anAwardIdPaysAtMostOnce() {
            fixture.given(xpAwarded("award-1", 10, 10))
                   .when(awardXp("award-1", 10))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anAwardOfNothingIsNotRecorded() {
            fixture.given(xpAwarded("award-1", 10, 10))
                   .when(awardXp("award-2", 0))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anAwardOfNothingDoesNotStartAStudentsProgress() {
            fixture.givenNoPriorActivity()
                   .when(awardXp("award-1", 0))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aNegativeAwardIsNotRecorded() {
            fixture.given(xpAwarded("award-1", 10, 10))
                   .when(awardXp("award-2", -5))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }
}
