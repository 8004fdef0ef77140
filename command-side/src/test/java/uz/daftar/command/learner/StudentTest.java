package uz.daftar.command.learner;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static uz.daftar.command.TestEvents.GUARDIAN;
import static uz.daftar.command.TestEvents.guardianLinked;
import static uz.daftar.command.TestEvents.linkGuardian;
import static uz.daftar.command.TestEvents.registerStudent;
import static uz.daftar.command.TestEvents.studentRegistered;

class StudentTest {

    private FixtureConfiguration<Student> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Student.class);
    }

    @Nested
    class RegisterStudent {

        @Test
        void registeringAStudentRecordsTheSealedProfile() {
            fixture.givenNoPriorActivity()
                   .when(registerStudent())
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(studentRegistered());
        }
    }

    @Nested
    class LinkGuardian {

        @Test
        void linkingAGuardianRecordsTheLink() {
            fixture.given(studentRegistered())
                   .when(linkGuardian(GUARDIAN))
                   .expectEvents(guardianLinked(GUARDIAN));
        }

        @Test
        void aGuardianIsLinkedAtMostOnce() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(linkGuardian(GUARDIAN))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aStudentMayHaveMoreThanOneGuardian() {
            fixture.given(studentRegistered(), guardianLinked(GUARDIAN))
                   .when(linkGuardian("grd-2"))
                   .expectEvents(guardianLinked("grd-2"));
        }

        @Test
        void aGuardianCannotBeLinkedToAnUnregisteredStudent() {
            fixture.givenNoPriorActivity()
                   .when(linkGuardian(GUARDIAN))
                   .expectException(AggregateNotFoundException.class)
                   .expectNoEvents();
        }
    }
}
