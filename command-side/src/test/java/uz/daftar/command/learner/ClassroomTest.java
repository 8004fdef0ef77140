package uz.daftar.command.learner;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.command.CommandRejected;
import uz.daftar.events.learner.ClassOpened;
import uz.daftar.events.learner.StudentEnrolled;

import java.time.Instant;


class ClassroomTest {

    static final String CLASS = "class-1a";
    static final String CENTRE = "centre-1";
    static final Instant NOW = Instant.parse("2025-09-01T08:00:00Z");

    private FixtureConfiguration<Classroom> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Classroom.class);
    }

    static ClassOpened classOpened() {
        return new ClassOpened(CLASS, CENTRE, "teacher-1", "1A", NOW);
    }

    @Nested
    class OpenClass {

        @Test
        void aTeacherOfTheCentreOpensAClass() {
            fixture.givenNoPriorActivity()
                   .when(new OpenClassCommand(CLASS, CENTRE, "teacher-1", "1A", true, NOW))
                   .expectEvents(classOpened());
        }

        @Test
        void aTeacherFromOutsideTheCentreCannotOpenAClass() {
            fixture.givenNoPriorActivity()
                   .when(new OpenClassCommand(CLASS, CENTRE, "stranger", "1A", false, NOW))
                   .expectException(CommandRejected.class)
                   .expectExceptionMessage(org.hamcrest.Matchers.containsString("stranger"))
                   .expectNoEvents();
        }
    }

    @Nested
    class EnrolStudent {

        @Test
        void aStudentIsEnrolledWithTheClassesCentre() {
            fixture.given(classOpened())
                   .when(new EnrolStudentCommand(CLASS, "stu-1", NOW))
                   .expectEvents(new StudentEnrolled(CLASS, CENTRE, "stu-1", NOW));
        }

        @Test
        void aStudentIsEnrolledAtMostOnce() {
            fixture.given(classOpened(), new StudentEnrolled(CLASS, CENTRE, "stu-1", NOW))
                   .when(new EnrolStudentCommand(CLASS, "stu-1", NOW.plusSeconds(5)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class ConfirmTeacher {

        @Test
        void theClassTeacherIsConfirmed() {
            fixture.given(classOpened())
                   .when(new ConfirmTeacherCommand(CLASS, "teacher-1", null))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anotherTeacherIsRefused() {
            fixture.given(classOpened())
                   .when(new ConfirmTeacherCommand(CLASS, "teacher-2", null))
                   .expectException(CommandRejected.class);
        }

        @Test
        void aStudentOutsideTheClassIsRefused() {
            fixture.given(classOpened(), new StudentEnrolled(CLASS, CENTRE, "stu-1", NOW))
                   .when(new ConfirmTeacherCommand(CLASS, "teacher-1", "stu-2"))
                   .expectException(CommandRejected.class);
        }

        @Test
        void aStudentOfTheClassIsConfirmed() {
            fixture.given(classOpened(), new StudentEnrolled(CLASS, CENTRE, "stu-1", NOW))
                   .when(new ConfirmTeacherCommand(CLASS, "teacher-1", "stu-1"))
                   .expectSuccessfulHandlerExecution();
        }
    }
}
