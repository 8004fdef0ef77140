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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Activity search and analytics over the real Elasticsearch index, for admins and analysts only. */
class ActivitySearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TestStack stack;
    static Http.Target api;
    static String admin;
    static String analyst;
    static String student;
    static String skill;
    static Instant started;

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
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));
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
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badField.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badField.body()).contains("\"field\":\"by\"");
        assertThat(badSize.body()).contains("\"field\":\"size\"");
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
