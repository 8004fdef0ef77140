package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A centre admin's scope through HTTP: an admin appoints them to one centre, after which they read that centre, its
 * classes and students, its olympiad standings and leaderboards, and nothing of any other centre.
 */
class CentreAdminIT {

    static TestStack stack;
    static Http.Target api;
    static String admin;
    static World world;

    /**
     * Two centres, each with one class, one student who practised and took one olympiad; {@code centreAdmin} is
     * appointed to {@code centre} only, {@code unappointed} holds the role but no appointment.
     */
    private record World(String centre, String classId, String student, String otherCentre, String otherClass,
                         String otherStudent, String olympiad, String centreAdmin, String unappointed) {
    }

    @BeforeAll
    static void startStackAndBuildTheWorld() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("centre-admin-it-admin", "ADMIN");
        String s = suffix();
        world = new World("ca-centre-" + s, "ca-class-" + s, "ca-kid-" + s, "ca-other-centre-" + s,
                "ca-other-class-" + s, "ca-other-kid-" + s, "ca-olymp-" + s, "ca-admin-" + s, "ca-nobody-" + s);
        openOlympiad(world.olympiad());
        centreWithOneStudent(world.centre(), world.classId(), world.student());
        centreWithOneStudent(world.otherCentre(), world.otherClass(), world.otherStudent());
        api.require(200, "/api/v1/centres/" + world.centre() + "/admins", admin, "appoint-" + world.centreAdmin(),
                adminBody(world.centreAdmin()));
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));
        // XP and the wallet follow the answers and the registration by themselves: wait until both are read
        for (String student : List.of(world.student(), world.otherStudent())) {
            await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() ->
                    read("/api/v1/students/" + student + "/dashboard", admin).get("totalXp").asLong() > 0
                            && read("/api/v1/students/" + student + "/ledger", admin).has("balance"));
        }
    }

    @Test
    void theCentreAdminReadsTheirCentreItsClassesAndTheirStudents() {
        String token = centreAdmin();

        JsonNode centre = read("/api/v1/centres/" + world.centre() + "/overview", token);
        JsonNode klass = read("/api/v1/classes/" + world.classId() + "/overview", token);
        JsonNode dashboard = read("/api/v1/students/" + world.student() + "/dashboard", token);
        JsonNode ledger = read("/api/v1/students/" + world.student() + "/ledger", token);

        assertThat(centre.get("total").get("students").asInt()).isEqualTo(1);
        assertThat(centre.get("classes").get(0).get("classId").asText()).isEqualTo(world.classId());
        assertThat(klass.get("roster").get(0).get("studentId").asText()).isEqualTo(world.student());
        assertThat(dashboard.get("studentId").asText()).isEqualTo(world.student());
        assertThat(dashboard.get("totalXp").asLong()).isPositive();
        assertThat(ledger.get("studentId").asText()).isEqualTo(world.student());
    }

    @Test
    void theCentreAdminReadsTheCentresOlympiadStandingsAndLeaderboards() {
        String token = centreAdmin();
        String standings = "/api/v1/olympiads/" + world.olympiad() + "/standings";

        JsonNode centre = read(standings + "/centres/" + world.centre(), token);
        JsonNode klass = read(standings + "/classes/" + world.classId(), token);
        JsonNode own = read(standings + "/students/" + world.student(), token);
        JsonNode centreBoard = await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> read(
                "/api/v1/leaderboards/xp?scope=centre:" + world.centre() + "&period=all", token),
                board -> board.get("ranked").asLong() == 1);
        JsonNode classBoard = read("/api/v1/leaderboards/xp?scope=class:" + world.classId() + "&period=all", token);
        JsonNode rank = read("/api/v1/leaderboards/xp/students/" + world.student() + "?scope=centre:"
                + world.centre() + "&period=all", token);

        assertThat(centre.get("rankedInGroup").asInt()).isEqualTo(1);
        assertThat(klass.get("entries").get(0).get("standing").get("studentId").asText()).isEqualTo(world.student());
        assertThat(own.get("studentId").asText()).isEqualTo(world.student());
        assertThat(own.get("entry").get("score").asInt()).isEqualTo(3);
        assertThat(centreBoard.get("entries").get(0).get("player").asText()).startsWith("Player ");
        // on a class of their centre's board, a centre admin sees the children as the class's teacher does
        assertThat(classBoard.get("entries").get(0).get("player").asText()).isEqualTo("Kid " + world.student());
        assertThat(classBoard.get("entries").get(0).get("studentId").asText()).isEqualTo(world.student());
        assertThat(rank.get("rank").asLong()).isEqualTo(1);
    }

    @Test
    void theCentreAdminIsRefusedEveryIdOfAnotherCentre() {
        List<String> paths = centreSpecificPaths(world.otherCentre(), world.otherClass(), world.otherStudent());

        assertAllRefused(paths, centreAdmin());
        // and the same paths of their own centre answer, so it is the centre that is refused, not the path
        for (String path : centreSpecificPaths(world.centre(), world.classId(), world.student())) {
            assertThat(get(path, centreAdmin()).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aCentreAdminWithoutAnAppointmentIsRefusedEverythingCentreSpecific() {
        String token = stack.issuer.token(world.unappointed(), "CENTRE_ADMIN");

        assertAllRefused(centreSpecificPaths(world.centre(), world.classId(), world.student()), token);
    }

    @Test
    void onlyAnAdminAppointsACentreAdmin() {
        String path = stack.apps.commandUrl() + "/api/v1/centres/" + world.centre() + "/admins";
        for (String token : List.of(centreAdmin(), stack.issuer.token("ca-teacher-" + suffix(), "TEACHER"),
                stack.issuer.token(world.student(), "STUDENT"))) {
            Http.Reply reply = Http.post(path, token, adminBody(world.unappointed()),
                    Http.headers("Idempotency-Key", "appoint-" + suffix()));

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(appointments(world.centre(), world.unappointed())).isZero();
    }

    @Test
    void aMalformedAppointmentIsABadRequestAndAnUnknownCentreIsNotFound() {
        Http.Reply malformed = Http.post(stack.apps.commandUrl() + "/api/v1/centres/" + world.centre() + "/admins",
                admin, "{\"adminId\":\"a b\"}", Http.headers("Idempotency-Key", "appoint-" + suffix()));
        Http.Reply missing = Http.post(stack.apps.commandUrl() + "/api/v1/centres/" + world.centre() + "/admins",
                admin, "{}", Http.headers("Idempotency-Key", "appoint-" + suffix()));
        String unknownCentre = "ca-no-centre-" + suffix();
        Http.Reply unknown = api.require(404, "/api/v1/centres/" + unknownCentre + "/admins", admin,
                "appoint-" + suffix(), adminBody(world.unappointed()));

        for (Http.Reply bad : List.of(malformed, missing)) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.body()).contains("adminId");
        }
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("unknown-centre");
        assertThat(appointments(world.centre(), world.unappointed())).isZero();
    }

    @Test
    void appointingTheSameAdminAgainAppendsNothing() {
        api.require(200, "/api/v1/centres/" + world.centre() + "/admins", admin, "appoint-again-" + suffix(),
                adminBody(world.centreAdmin()));

        assertThat(appointments(world.centre(), world.centreAdmin())).isEqualTo(1);
    }

    /** Every read endpoint that names this centre, one of its classes or one of its students. */
    private List<String> centreSpecificPaths(String centre, String classId, String student) {
        String standings = "/api/v1/olympiads/" + world.olympiad() + "/standings";
        return List.of(
                "/api/v1/centres/" + centre + "/overview",
                "/api/v1/classes/" + classId + "/overview",
                "/api/v1/students/" + student + "/dashboard",
                "/api/v1/students/" + student + "/ledger",
                standings + "/centres/" + centre,
                standings + "/classes/" + classId,
                standings + "/students/" + student,
                "/api/v1/leaderboards/xp?scope=centre:" + centre + "&period=all",
                "/api/v1/leaderboards/xp?scope=class:" + classId + "&period=all",
                "/api/v1/leaderboards/xp/students/" + student + "?period=all");
    }

    private static void assertAllRefused(List<String> paths, String token) {
        for (String path : paths) {
            Http.Reply reply = get(path, token);
            assertThat(reply.status()).as(path).isEqualTo(403);
            assertThat(reply.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }

    private static String centreAdmin() {
        return stack.issuer.token(world.centreAdmin(), "CENTRE_ADMIN");
    }

    /** A centre, its teacher, one class and one student who answered once and submitted the olympiad. */
    private static void centreWithOneStudent(String centre, String classId, String student) {
        String teacher = "teacher-of-" + classId;
        api.require(201, "/api/v1/centres", admin, "centre-" + centre, """
                {"centreId":"%s","name":"Centre","region":"UZ-TK"}""".formatted(centre));
        api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "teacher-" + teacher,
                "{\"teacherId\":\"" + teacher + "\"}");
        api.require(201, "/api/v1/classes", admin, "class-" + classId, """
                {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}"""
                .formatted(classId, centre, teacher));
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid %s","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student, student));
        api.require(200, "/api/v1/classes/" + classId + "/students", admin, "enrol-" + student,
                "{\"studentId\":\"" + student + "\"}");
        String token = stack.issuer.token(student, "STUDENT");
        api.require(200, "/api/v1/practice/answers", token, "answer-" + student, """
                {"answerId":"answer-%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q1",\
                "skill":"math.addition","givenAnswer":"7","correct":true,"timeTakenMillis":4000,"answeredAt":"%s"}"""
                .formatted(student, student, student, Instant.now().minusSeconds(60)));
        Instant now = Instant.now();
        api.require(200, "/api/v1/subscriptions/entitlements", admin, "entitle-" + student, """
                {"entitlementId":"olympiads-month","studentId":"%s","product":"olympiads","validFrom":"%s",\
                "validUntil":"%s","source":"payme-1"}""".formatted(student, now.minusSeconds(3600),
                now.plus(Duration.ofDays(30))));
        String participation = "/api/v1/olympiads/" + world.olympiad() + "/participants/" + student;
        api.require(200, "/api/v1/olympiads/" + world.olympiad() + "/registrations", token, "register-olympiad",
                "{\"studentId\":\"" + student + "\"}");
        api.require(200, participation + "/start", token, "start-olympiad", "");
        api.require(200, participation + "/submission", token, "submit-olympiad", "{\"answers\":{\"q1\":\"a\"}}");
    }

    /**
     * A published olympiad of one question worth 3 points, open for registration and start for the next hour, so
     * that it never freezes while other tests compare read models.
     */
    private static void openOlympiad(String olympiad) {
        Instant now = Instant.now();
        api.require(201, "/api/v1/olympiads", admin, "create-" + olympiad, """
                {"olympiadId":"%s","titles":{"uz-Latn":"Matematika"},"subject":"math","minAge":6,"maxAge":14,\
                "questions":[{"questionId":"q1","points":3,"answerKey":"a"}],"schedule":{"registrationOpens":"%s",\
                "registrationCloses":"%s","startOpens":"%s","startCloses":"%s","durationSeconds":600,\
                "finalDeadline":"%s"},"entryFee":0}""".formatted(olympiad, now.minusSeconds(60),
                now.plusSeconds(3600), now.minusSeconds(60), now.plusSeconds(3600), now.plusSeconds(7200)));
        api.require(200, "/api/v1/olympiads/" + olympiad + "/publication", admin, "publish-" + olympiad, "");
    }

    /** How many times the account was appointed to the centre, by the centre's own events. */
    private static long appointments(String centre, String adminId) {
        return stack.apps.commandSide().getBean(JdbcTemplate.class).queryForObject("""
                SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?
                    AND convert_from(payload, 'UTF8') LIKE ?""", Long.class, "centre:" + centre,
                "%.CentreAdminAppointed", "%\"" + adminId + "\"%");
    }

    private static String adminBody(String adminId) {
        return "{\"adminId\":\"" + adminId + "\"}";
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
