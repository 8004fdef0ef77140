package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Activity search and analytics over the real Elasticsearch index, for admins and analysts only. */
class ActivitySearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    static TestStack stack;
    static Http.Target api;
    static String admin;
    static String analyst;
    static String student;
    static String skill;
    static Instant started;
    static Regional regional;

    /** One student with three answers on a skill of their own and an adjustment of 7 coins. */
    @BeforeAll
    static void history() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("search-admin", "ADMIN");
        analyst = stack.issuer.token("search-analyst", "ANALYST");
        String s = UUID.randomUUID().toString().substring(0, 8);
        student = "searched-" + s;
        skill = "logic.puzzle-" + s;
        started = Instant.now().minusSeconds(60);
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student));
        for (int i = 0; i < 3; i++) {
            api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), "a" + i, """
                    {"answerId":"a%d-%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ",\
                    "itemId":"riddle-%d","skill":"%s","givenAnswer":"7","correct":%s,"timeTakenMillis":4000,\
                    "answeredAt":"%s"}""".formatted(i, student, student, student, i, skill, i > 0,
                    Instant.now().minusSeconds(30 - i)));
        }
        api.require(200, "/api/v1/coins/adjustments", admin, "adjust-" + student, """
                {"adjustmentId":"gift","studentId":"%s","amount":7,"reason":"science fair winner",\
                "evidence":"ticket-9"}""".formatted(student));
        regional = Regional.create();
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));
    }

    /**
     * Two centres in two regions of their own; in the first, an eight-year-old with two answers and a twelve-year-old
     * with one; in the second, an eight-year-old with three answers and a twelve-year-old who answered once before
     * being enrolled and once after. Ages are the age turned this year (Asia/Tashkent).
     */
    record Regional(String first, String second, String late) {

        static Regional create() {
            String s = UUID.randomUUID().toString().substring(0, 8);
            String first = RandomRegions.next();
            String second = RandomRegions.next();
            while (second.equals(first)) {
                second = RandomRegions.next();
            }
            Regional regional = new Regional(first, second, "late-" + s);
            int year = LocalDate.now(TASHKENT).getYear();
            String firstClass = centreWithClass(first, s + "-1");
            String secondClass = centreWithClass(second, s + "-2");
            enrolled(firstClass, "r1-eight-" + s, year - 8);
            enrolled(firstClass, "r1-twelve-" + s, year - 12);
            enrolled(secondClass, "r2-eight-" + s, year - 8);
            register(regional.late(), year - 12);
            answer(regional.late(), 0);
            enrol(secondClass, regional.late());
            answer(regional.late(), 1);
            answers("r1-eight-" + s, 2);
            answers("r1-twelve-" + s, 1);
            answers("r2-eight-" + s, 3);
            return regional;
        }

        private static String centreWithClass(String region, String s) {
            String centre = "an-centre-" + s;
            String teacher = "an-teacher-" + s;
            String classId = "an-class-" + s;
            api.require(201, "/api/v1/centres", admin, "centre-" + centre, """
                    {"centreId":"%s","name":"Centre","region":"%s"}""".formatted(centre, region));
            api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "t-" + teacher,
                    "{\"teacherId\":\"" + teacher + "\"}");
            api.require(201, "/api/v1/classes", admin, "class-" + classId, """
                    {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}"""
                    .formatted(classId, centre, teacher));
            return classId;
        }

        private static void enrolled(String classId, String student, int birthYear) {
            register(student, birthYear);
            enrol(classId, student);
        }

        private static void register(String student, int birthYear) {
            api.require(201, "/api/v1/students", admin, "register-" + student, """
                    {"studentId":"%s","displayName":"Kid","birthDate":"%d-03-01","language":"uz-Latn"}"""
                    .formatted(student, birthYear));
        }

        private static void enrol(String classId, String student) {
            api.require(200, "/api/v1/classes/" + classId + "/students", admin, "enrol-" + student,
                    "{\"studentId\":\"" + student + "\"}");
        }

        private static void answers(String student, int count) {
            for (int n = 0; n < count; n++) {
                answer(student, n);
            }
        }

        /** Answered now: after everything sent before it (the apps run on this machine's clock). */
        private static void answer(String student, int n) {
            api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), student + "-" + n, """
                    {"answerId":"%s-ans-%d","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ",\
                    "itemId":"q%d","skill":"math.addition","givenAnswer":"7","correct":true,"timeTakenMillis":4000,\
                    "answeredAt":"%s"}""".formatted(student, n, student, student, n, Instant.now()));
        }
    }

    @Test
    void documentsAreFoundByStudentTypeSkillAmountAndFreeText() {
        JsonNode all = search("studentId=" + student, analyst);
        JsonNode answers = search("studentId=" + student + "&type=PracticeAnswerRecorded", analyst);
        JsonNode bySkill = search("skill=" + skill + "&type=PracticeAnswerRecorded", analyst);
        JsonNode bigCoins = search("studentId=" + student + "&minCoins=5", analyst);
        JsonNode text = search("studentId=" + student + "&q=" + encode("science fair"), analyst);

        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(5);
        all.get("documents").forEach(d -> assertThat(d.get("studentId").asText()).isEqualTo(student));
        assertThat(answers.get("total").asLong()).isEqualTo(3);
        assertThat(bySkill.get("total").asLong()).isEqualTo(3);
        assertThat(bigCoins.get("total").asLong()).isEqualTo(1);
        assertThat(bigCoins.get("documents").get(0).get("coins").asLong()).isEqualTo(7);
        assertThat(text.get("total").asLong()).isEqualTo(1);
        assertThat(text.get("documents").get(0).get("type").asText()).isEqualTo("CoinsAdjusted");
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeatingADocument() {
        JsonNode first = search("studentId=" + student + "&size=2", admin);
        JsonNode second = search("studentId=" + student + "&size=2&after=" + encode(first.get("next")
                .get("occurredAtMillis").asText() + ":" + first.get("next").get("eventId").asText()), admin);

        Set<String> seen = new HashSet<>();
        first.get("documents").forEach(d -> seen.add(d.get("eventId").asText()));
        second.get("documents").forEach(d -> assertThat(seen.add(d.get("eventId").asText())).isTrue());
        assertThat(seen).hasSize(4);
    }

    @Test
    void analyticsCountActiveStudentsPerDayAndActivityBySkill() {
        String range = "from=" + encode(started.toString()) + "&to=" + encode(Instant.now().plusSeconds(60).toString());

        JsonNode days = read("/api/v1/activity/active-students?" + range, analyst);
        JsonNode bySkill = read("/api/v1/activity/counts?by=skill&" + range, analyst);

        assertThat(days).isNotEmpty();
        long active = 0;
        for (JsonNode day : days) {
            active += day.get("activeStudents").asLong();
        }
        assertThat(active).isGreaterThanOrEqualTo(1);
        assertThat(bySkill.get(skill).asLong()).isEqualTo(6);
    }

    @Test
    void answersAreCountedByTheRegionAndAgeBandTheStudentHadWhenAnswering() {
        String answers = range() + "&type=PracticeAnswerRecorded";

        JsonNode byRegion = read("/api/v1/activity/counts?by=region&" + answers, analyst);
        JsonNode firstByAge = read("/api/v1/activity/counts?by=ageBand&region=" + regional.first() + "&" + answers,
                analyst);
        JsonNode secondByAge = read("/api/v1/activity/counts?by=ageBand&region=" + regional.second() + "&"
                + answers, admin);

        assertThat(byRegion.get(regional.first()).asLong()).isEqualTo(3);
        assertThat(byRegion.get(regional.second()).asLong()).isEqualTo(4);
        assertThat(counts(firstByAge)).isEqualTo(Map.of("7-8", 2L, "11-12", 1L));
        assertThat(counts(secondByAge)).isEqualTo(Map.of("7-8", 3L, "11-12", 1L));
    }

    @Test
    void activeStudentsAreCountedPerDayByRegionAndByAgeBand() {
        JsonNode byRegion = read("/api/v1/activity/active-students?by=region&" + range(), analyst);
        JsonNode firstByAge = read("/api/v1/activity/active-students?by=ageBand&region=" + regional.first() + "&"
                + range(), analyst);

        assertThat(activeStudents(byRegion, regional.first())).isEqualTo(2);
        assertThat(activeStudents(byRegion, regional.second())).isEqualTo(2);
        assertThat(activeStudents(firstByAge, "7-8")).isEqualTo(1);
        assertThat(activeStudents(firstByAge, "11-12")).isEqualTo(1);
        assertThat(firstByAge).allSatisfy(row -> assertThat(row.get("documents").asLong())
                .isGreaterThanOrEqualTo(row.get("activeStudents").asLong()));
    }

    @Test
    void anAnswerGivenBeforeEnrolmentHasNoRegion() {
        JsonNode answers = search("studentId=" + regional.late() + "&type=PracticeAnswerRecorded", analyst);

        assertThat(answers.get("total").asLong()).isEqualTo(2);
        JsonNode after = answers.get("documents").get(0);
        JsonNode before = answers.get("documents").get(1);
        assertThat(before.has("region")).as(before.toString()).isFalse();
        assertThat(before.get("ageBand").asText()).isEqualTo("11-12");
        assertThat(after.get("region").asText()).isEqualTo(regional.second());
        assertThat(after.get("ageBand").asText()).isEqualTo("11-12");
    }

    @Test
    void familiesAndTeachersCannotSearchAndBadParametersAreRefused() {
        for (String token : new String[]{stack.issuer.token(student, "STUDENT"),
                stack.issuer.token("parent-of-" + student, "PARENT"), stack.issuer.token("t-1", "TEACHER")}) {
            Http.Reply refused = Http.get(stack.apps.queryUrl() + "/api/v1/activity?studentId=" + student, token,
                    Map.of());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        Http.Reply badField = Http.get(stack.apps.queryUrl() + "/api/v1/activity/counts?by=displayName", analyst,
                Map.of());
        Http.Reply badSize = Http.get(stack.apps.queryUrl() + "/api/v1/activity?size=5000", analyst, Map.of());
        Http.Reply badGroup = Http.get(stack.apps.queryUrl() + "/api/v1/activity/active-students?by=studentId&"
                + range(), analyst, Map.of());
        Http.Reply teacherAnalytics = Http.get(stack.apps.queryUrl() + "/api/v1/activity/counts?by=region",
                stack.issuer.token("t-1", "TEACHER"), Map.of());
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badField.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badField.body()).contains("\"field\":\"by\"");
        assertThat(badSize.body()).contains("\"field\":\"size\"");
        assertThat(badGroup.status()).isEqualTo(400);
        assertThat(badGroup.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badGroup.body()).contains("\"field\":\"by\"");
        assertThat(teacherAnalytics.status()).isEqualTo(403);
    }

    private static String range() {
        return "from=" + encode(started.toString()) + "&to=" + encode(Instant.now().plusSeconds(60).toString());
    }

    private static Map<String, Long> counts(JsonNode counts) {
        Map<String, Long> values = new HashMap<>();
        counts.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asLong()));
        return values;
    }

    /** Active students of one group summed over the days: all of this test's activity is on one day. */
    private static long activeStudents(JsonNode rows, String group) {
        long active = 0;
        for (JsonNode row : rows) {
            if (row.get("group").asText().equals(group)) {
                active += row.get("activeStudents").asLong();
            }
        }
        return active;
    }

    private static JsonNode search(String query, String token) {
        return read("/api/v1/activity?" + query, token);
    }

    private static JsonNode read(String path, String token) {
        Http.Reply reply = Http.get(stack.apps.queryUrl() + path, token, Map.of());
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        assertThat(reply.header("Daftar-Watermark")).isNotBlank();
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
