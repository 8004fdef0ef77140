package uz.daftar.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Learning centres, teachers, classes and enrolment through the command API. */
class OrganisationIT {

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("admin-org", "ADMIN");
    }

    @Test
    void aStudentIsEnrolledInAClassOfTheirCentre() {
        String centre = centreWithTeacher();
        String teacher = "teacher-of-" + centre;
        String klass = "class-" + suffix();
        api.require(201, "/api/v1/classes", admin, "open-" + klass, """
                {"classId":"%s","centreId":"%s","teacherId":"%s","name":"1A"}""".formatted(klass, centre, teacher));
        String student = student();

        Http.Reply enrolled = api.require(200, "/api/v1/classes/" + klass + "/students", admin, "enrol-" + student,
                "{\"studentId\":\"" + student + "\"}");

        assertThat(enrolled.body()).contains(student);
    }

    @Test
    void aClassCannotBeOpenedByATeacherOfAnotherCentre() {
        String centre = centreWithTeacher();
        String klass = "class-" + suffix();

        Http.Reply reply = api.require(422, "/api/v1/classes", admin, "open-" + klass, """
                {"classId":"%s","centreId":"%s","teacherId":"stranger","name":"1A"}""".formatted(klass, centre));

        assertThat(reply.body()).contains("teacher-not-in-centre");
    }

    @Test
    void enrolmentInAnUnknownClassIsNotFound() {
        String student = student();

        Http.Reply reply = api.require(404, "/api/v1/classes/no-such-class/students", admin, "enrol-x-" + student,
                "{\"studentId\":\"" + student + "\"}");

        assertThat(reply.body()).contains("unknown-class");
    }

    @Test
    void onlyAdminsManageCentres() {
        Http.Reply reply = Http.post(stack.apps.commandUrl() + "/api/v1/centres",
                stack.issuer.token("someone", "CENTRE_ADMIN"),
                "{\"centreId\":\"c-" + suffix() + "\",\"name\":\"X\",\"region\":\"UZ-TK\"}",
                Http.headers("Idempotency-Key", "k-" + suffix()));

        assertThat(reply.status()).isEqualTo(403);
    }

    private static String centreWithTeacher() {
        String centre = "centre-" + suffix();
        api.require(201, "/api/v1/centres", admin, "centre-" + centre,
                "{\"centreId\":\"" + centre + "\",\"name\":\"Centre " + centre + "\",\"region\":\"UZ-SA\"}");
        api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "teacher-" + centre,
                "{\"teacherId\":\"teacher-of-" + centre + "\"}");
        return centre;
    }

    private static String student() {
        String student = "student-" + suffix();
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2018-01-01","language":"ru"}""".formatted(student));
        return student;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
