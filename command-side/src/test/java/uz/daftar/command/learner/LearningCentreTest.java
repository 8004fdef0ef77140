package uz.daftar.command.learner;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.events.learner.CentreAdminAppointed;
import uz.daftar.events.learner.LearningCentreRegistered;
import uz.daftar.events.learner.TeacherJoinedCentre;

import java.time.Instant;

class LearningCentreTest {

    static final String CENTRE = "centre-1";
    static final Instant NOW = Instant.parse("2025-09-01T08:00:00Z");

    private FixtureConfiguration<LearningCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LearningCentre.class);
    }

    static LearningCentreRegistered centreRegistered() {
        return new LearningCentreRegistered(CENTRE, "Demo Centre", "UZ-TK", NOW);
    }

    @Nested
    class RegisterCentre {

        @Test
        void registeringACentreRecordsItsNameAndRegion() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterCentreCommand(CENTRE, "Demo Centre", "UZ-TK", NOW))
                   .expectEvents(centreRegistered());
        }
    }

    @Nested
    class AddTeacher {

        @Test
        void aTeacherJoinsTheCentre() {
            fixture.given(centreRegistered())
                   .when(new AddTeacherCommand(CENTRE, "teacher-1", NOW))
                   .expectEvents(new TeacherJoinedCentre(CENTRE, "teacher-1", NOW));
        }

        @Test
        void aTeacherJoinsAtMostOnce() {
            fixture.given(centreRegistered(), new TeacherJoinedCentre(CENTRE, "teacher-1", NOW))
                   .when(new AddTeacherCommand(CENTRE, "teacher-1", NOW.plusSeconds(60)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class AppointAdmin {

        @Test
        void anAdminIsAppointedToTheCentre() {
            fixture.given(centreRegistered())
                   .when(new AppointCentreAdminCommand(CENTRE, "centre-admin-1", NOW))
                   .expectEvents(new CentreAdminAppointed(CENTRE, "centre-admin-1", NOW));
        }

        @Test
        void appointingTheSameAdminTwiceEmitsNothing() {
            fixture.given(centreRegistered(), new CentreAdminAppointed(CENTRE, "centre-admin-1", NOW))
                   .when(new AppointCentreAdminCommand(CENTRE, "centre-admin-1", NOW.plusSeconds(60)))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aCentreHasAsManyAdminsAsAreAppointed() {
            fixture.given(centreRegistered(), new CentreAdminAppointed(CENTRE, "centre-admin-1", NOW))
                   .when(new AppointCentreAdminCommand(CENTRE, "centre-admin-2", NOW.plusSeconds(60)))
                   .expectEvents(new CentreAdminAppointed(CENTRE, "centre-admin-2", NOW.plusSeconds(60)));
        }

        @Test
        void teachingAtTheCentreDoesNotMakeOneOfItsAdmins() {
            fixture.given(centreRegistered(), new TeacherJoinedCentre(CENTRE, "staff-1", NOW))
                   .when(new AppointCentreAdminCommand(CENTRE, "staff-1", NOW.plusSeconds(60)))
                   .expectEvents(new CentreAdminAppointed(CENTRE, "staff-1", NOW.plusSeconds(60)));
        }

        @Test
        void noAdminIsAppointedToAnUnknownCentre() {
            fixture.givenNoPriorActivity()
                   .when(new AppointCentreAdminCommand(CENTRE, "centre-admin-1", NOW))
                   .expectException(AggregateNotFoundException.class)
                   .expectNoEvents();
        }
    }
}
