package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Teacher and centre views through HTTP: who is active, who is stuck on which skill, and who may see it. */
class ClassOverviewIT {

    /** The calendar of "today" and "this week" in the overviews. */
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("overview-admin", "ADMIN");
    }

    /** A centre with two classes; in class A one student is stuck on a skill and one practised well; B is idle. */
    private record Centre(String centre, String classA, String classB, String teacherA, String teacherB,
                          String stuck, String fine, String idle) {
    }

    private Centre centre() {
        String s = suffix();
        Centre c = new Centre("centre-" + s, "class-a-" + s, "class-b-" + s, "teacher-a-" + s, "teacher-b-" + s,
                "stuck-" + s, "fine-" + s, "idle-" + s);
        api.require(201, "/api/v1/centres", admin, "centre-" + s, """
                {"centreId":"%s","name":"Centre","region":"UZ-TK"}""".formatted(c.centre()));
        for (String teacher : new String[]{c.teacherA(), c.teacherB()}) {
            api.require(200, "/api/v1/centres/" + c.centre() + "/teachers", admin, "t-" + teacher,
                    "{\"teacherId\":\"" + teacher + "\"}");
        }
        openClass(c.classA(), c.centre(), c.teacherA());
        openClass(c.classB(), c.centre(), c.teacherB());
        enrol(c.stuck(), c.classA());
        enrol(c.fine(), c.classA());
        enrol(c.idle(), c.classB());
        List<Instant> times = fiveMomentsOfToday(Instant.now());
        for (int i = 0; i < 5; i++) {
            answer(c.stuck(), "s" + i, "math.times-table", false, times.get(i));
            answer(c.fine(), "f" + i, "math.times-table", true, times.get(i));
        }
        return c;
    }

    /**
     * Five moments of the last ten minutes that are still today in the overview's calendar (Tashkent): just after
     * its midnight, ten minutes ago was yesterday, and the class would rightly show nobody active today.
     */
    private static List<Instant> fiveMomentsOfToday(Instant now) {
        Instant midnight = LocalDate.ofInstant(now, TASHKENT).atStartOfDay(TASHKENT).toInstant();
        Instant first = now.minusSeconds(600).isBefore(midnight) ? midnight : now.minusSeconds(600);
        long step = Duration.between(first, now).toMillis() / 5;
        return IntStream.range(0, 5).mapToObj(i -> first.plusMillis(i * step)).toList();
    }

    @Test
    void theTeacherSeesWhoIsActiveAndWhoIsStuckOnWhichSkill() {
        Centre c = centre();
        String token = stack.issuer.token(c.teacherA(), "TEACHER");
        String path = "/api/v1/classes/" + c.classA() + "/overview";
        // after a crowd of thousands (OlympiadIT) the read models may still be catching up: wait for all of them
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(3));
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> {
            JsonNode seen = read(path, token);
            // the overview is made of several read models (activity, mastery, dashboard): wait for each
            return seen.get("activeToday").asInt() == 2 && seen.get("roster").get(1).get("stuckSkills").size() == 1
                    && seen.get("roster").get(0).get("correctThisWeek").asLong() == 5
                    && "Kid".equals(seen.get("roster").get(0).get("displayName").asText())
                    && "Kid".equals(seen.get("roster").get(1).get("displayName").asText());
        });

        JsonNode overview = read(path, token);

        assertThat(overview.get("students").asInt()).isEqualTo(2);
        assertThat(overview.get("activeThisWeek").asInt()).isEqualTo(2);
        JsonNode roster = overview.get("roster");
        JsonNode fine = roster.get(0);
        JsonNode stuck = roster.get(1);
        assertThat(fine.get("studentId").asText()).isEqualTo(c.fine());
        assertThat(fine.get("displayName").asText()).isEqualTo("Kid");
        assertThat(fine.get("answersThisWeek").asLong()).isEqualTo(5);
        assertThat(fine.get("correctThisWeek").asLong()).isEqualTo(5);
        assertThat(fine.get("stuckSkills")).isEmpty();
        assertThat(stuck.get("studentId").asText()).isEqualTo(c.stuck());
        assertThat(stuck.get("stuckSkills")).hasSize(1);
        assertThat(stuck.get("stuckSkills").get(0).get("skill").asText()).isEqualTo("math.times-table");
        assertThat(overview.get("olympiads")).isEmpty();
    }

    @Test
    void theCentreRollUpCountsEveryClass() {
        Centre c = centre();
        String path = "/api/v1/centres/" + c.centre() + "/overview";
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> {
            JsonNode total = read(path, admin).get("total");
            return total.get("answersThisWeek").asLong() == 10 && total.get("studentsStuck").asInt() == 1;
        });

        JsonNode overview = read(path, admin);

        assertThat(overview.get("total").get("students").asInt()).isEqualTo(3);
        assertThat(overview.get("total").get("activeThisWeek").asInt()).isEqualTo(2);
        assertThat(overview.get("total").get("studentsStuck").asInt()).isEqualTo(1);
        assertThat(overview.get("classes")).hasSize(2);
        assertThat(overview.get("classes").get(0).get("classId").asText()).isEqualTo(c.classA());
        assertThat(overview.get("classes").get(1).get("totals").get("activeThisWeek").asInt()).isZero();
    }

    @Test
    void anotherTeacherAParentOrATeacherAskingForTheCentreIsRefused() {
        Centre c = centre();
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));

        Http.Reply otherTeacher = get("/api/v1/classes/" + c.classA() + "/overview",
                stack.issuer.token(c.teacherB(), "TEACHER"));
        Http.Reply parent = get("/api/v1/classes/" + c.classA() + "/overview",
                stack.issuer.token("parent-" + c.stuck(), "PARENT"));
        Http.Reply teacherOnCentre = get("/api/v1/centres/" + c.centre() + "/overview",
                stack.issuer.token(c.teacherA(), "TEACHER"));

        for (Http.Reply refused : new Http.Reply[]{otherTeacher, parent, teacherOnCentre}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(get("/api/v1/classes/no-such-class-" + suffix() + "/overview", admin).status()).isEqualTo(404);
    }

    private static void openClass(String classId, String centre, String teacher) {
        api.require(201, "/api/v1/classes", admin, "class-" + classId, """
                {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}""".formatted(classId, centre, teacher));
    }

    private static void enrol(String student, String classId) {
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student));
        api.require(200, "/api/v1/classes/" + classId + "/students", admin, "enrol-" + student,
                "{\"studentId\":\"" + student + "\"}");
    }

    private static void answer(String student, String answerId, String skill, boolean correct, Instant at) {
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), answerId, """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q1",\
                "skill":"%s","givenAnswer":"7","correct":%s,"timeTakenMillis":4000,"answeredAt":"%s"}"""
                .formatted(answerId + "-" + student, student, student, skill, correct, at));
    }

    private static Http.Reply get(String path, String token) {
        return Http.get(stack.apps.queryUrl() + path, token, Map.of());
    }

    private static JsonNode read(String path, String token) {
        return QueryReads.json(stack, path, token);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
