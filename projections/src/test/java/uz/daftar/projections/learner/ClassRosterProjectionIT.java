package uz.daftar.projections.learner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.events.learner.CentreAdminAppointed;
import uz.daftar.events.learner.ClassOpened;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.projections.ReadModelDatabase;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster's centre admins, by calling the projection's handlers directly against a real PostgreSQL. */
class ClassRosterProjectionIT {

    private static final Instant T = Instant.parse("2026-09-01T08:00:00Z");
    private static final String CENTRE = "centre-1";
    private static final String OTHER_CENTRE = "centre-2";
    private static final String ADMIN = "centre-admin-1";

    private static ReadModelDatabase database;
    private static ClassRosterProjection projection;
    private static RosterReader roster;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = ReadModelDatabase.start();
        projection = new ClassRosterProjection(database.jdbc());
        roster = new RosterReader(database.jdbc());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyRoster() {
        projection.reset();
    }

    @Nested
    class CentreAdmins {

        @Test
        void anAppointedAdminAdministersTheirCentreAndNoOther() {
            projection.on(new CentreAdminAppointed(CENTRE, ADMIN, T));

            assertThat(roster.administersCentre(ADMIN, CENTRE)).isTrue();
            assertThat(roster.administersCentre(ADMIN, OTHER_CENTRE)).isFalse();
            assertThat(roster.administersCentre("centre-admin-2", CENTRE)).isFalse();
            assertThat(roster.centreKnown(CENTRE)).isTrue();
        }

        @Test
        void theAdminOfACentreAdministersItsClassesAndTheirStudentsOnly() {
            projection.on(new CentreAdminAppointed(CENTRE, ADMIN, T));
            projection.on(new ClassOpened("class-1", CENTRE, "teacher-1", "1A", T));
            projection.on(new StudentEnrolled("class-1", CENTRE, "student-1", T));
            projection.on(new ClassOpened("class-2", OTHER_CENTRE, "teacher-2", "2A", T));
            projection.on(new StudentEnrolled("class-2", OTHER_CENTRE, "student-2", T));

            assertThat(roster.administersClass(ADMIN, "class-1")).isTrue();
            assertThat(roster.administersStudent(ADMIN, "student-1")).isTrue();
            assertThat(roster.administersClass(ADMIN, "class-2")).isFalse();
            assertThat(roster.administersStudent(ADMIN, "student-2")).isFalse();
            assertThat(roster.administersClass(ADMIN, "no-such-class")).isFalse();
            assertThat(roster.administersStudent(ADMIN, "no-such-student")).isFalse();
        }

        @Test
        void aStudentInClassesOfTwoCentresIsAdministeredByTheAdminsOfBoth() {
            projection.on(new CentreAdminAppointed(CENTRE, ADMIN, T));
            projection.on(new CentreAdminAppointed(OTHER_CENTRE, "centre-admin-2", T));
            projection.on(new StudentEnrolled("class-1", CENTRE, "student-1", T));
            projection.on(new StudentEnrolled("class-2", OTHER_CENTRE, "student-1", T));

            assertThat(roster.administersStudent(ADMIN, "student-1")).isTrue();
            assertThat(roster.administersStudent("centre-admin-2", "student-1")).isTrue();
        }

        @Test
        void theAppointmentMayArriveAfterTheClassesAndEnrolmentsOrBeforeTheClassIsOpened() {
            projection.on(new StudentEnrolled("class-1", CENTRE, "student-1", T));
            projection.on(new CentreAdminAppointed(CENTRE, ADMIN, T));

            assertThat(roster.administersClass(ADMIN, "class-1")).isTrue();
            assertThat(roster.administersStudent(ADMIN, "student-1")).isTrue();

            projection.on(new ClassOpened("class-1", CENTRE, "teacher-1", "1A", T));

            assertThat(roster.administersClass(ADMIN, "class-1")).isTrue();
        }

        @Test
        void anAppointmentDeliveredTwiceIsOneAppointment() {
            projection.on(new CentreAdminAppointed(CENTRE, ADMIN, T));
            projection.on(new CentreAdminAppointed(CENTRE, ADMIN, T));

            assertThat(roster.administersCentre(ADMIN, CENTRE)).isTrue();
        }

        @Test
        void aResetForgetsTheAppointments() {
            projection.on(new CentreAdminAppointed(CENTRE, ADMIN, T));

            projection.reset();

            assertThat(roster.administersCentre(ADMIN, CENTRE)).isFalse();
            assertThat(roster.centreKnown(CENTRE)).isFalse();
        }
    }
}
