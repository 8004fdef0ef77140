package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The parent's page through HTTP: every linked child's dashboard and activity per day, and nobody else's. */
class FamilyIT {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("family-admin", "ADMIN");
    }

    @Test
    void aParentSeesEveryLinkedChildWithActivityPerDayOfTheChildsCalendar() {
        String s = suffix();
        String parent = "parent-" + s;
        String older = child("kid-a-" + s, parent);
        String younger = child("kid-b-" + s, parent);
        LocalDate twoDaysAgo = LocalDate.now(TASHKENT).minusDays(2);
        Instant lateEvening = twoDaysAgo.atTime(23, 50).atZone(TASHKENT).toInstant();
        answer(older, "a1", true, 60_000, lateEvening);
        answer(older, "a2", false, 120_000, lateEvening.plusSeconds(20 * 60));
        answer(younger, "b1", true, 30_000, lateEvening);
        String path = "/api/v1/parents/" + parent + "/children?days=7";
        String token = stack.issuer.token(parent, "PARENT");
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> {
            JsonNode children = read(path, token).get("children");
            return children.get(0).get("dashboard").get("totalXp").asLong() == 12
                    && children.get(0).get("days").size() == 2 && children.get(0).get("days").get(1)
                    .get("xp").asLong() == 2 && children.get(1).get("days").size() == 1;
        });

        JsonNode page = read(path, token);

        assertThat(page.get("children")).hasSize(2);
        JsonNode first = page.get("children").get(0);
        assertThat(first.get("dashboard").get("studentId").asText()).isEqualTo(older);
        assertThat(first.get("dashboard").get("answers").asLong()).isEqualTo(2);
        assertThat(first.get("to").asText()).isEqualTo(LocalDate.now(TASHKENT).toString());
        JsonNode days = first.get("days");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).get("day").asText()).isEqualTo(twoDaysAgo.toString());
        assertThat(days.get(0).get("answers").asLong()).isEqualTo(1);
        assertThat(days.get(0).get("correctAnswers").asLong()).isEqualTo(1);
        assertThat(days.get(0).get("minutes").asLong()).isEqualTo(1);
        assertThat(days.get(0).get("xp").asLong()).isEqualTo(10);
        assertThat(days.get(1).get("day").asText()).isEqualTo(twoDaysAgo.plusDays(1).toString());
        assertThat(days.get(1).get("minutes").asLong()).isEqualTo(2);
        assertThat(days.get(1).get("xp").asLong()).isEqualTo(2);
        assertThat(page.get("children").get(1).get("dashboard").get("studentId").asText()).isEqualTo(younger);
        assertThat(page.get("children").get(1).get("days")).hasSize(1);
    }

    @Test
    void nobodyButTheParentAndAdminsReadsTheParentsPage() {
        String s = suffix();
        String parent = "parent-" + s;
        String kid = child("kid-" + s, parent);
        String path = "/api/v1/parents/" + parent + "/children";

        Http.Reply otherParent = Http.get(stack.apps.queryUrl() + path, stack.issuer.token("parent-x-" + s, "PARENT"),
                Map.of());
        Http.Reply theChild = Http.get(stack.apps.queryUrl() + path, stack.issuer.token(kid, "STUDENT"), Map.of());
        Http.Reply adminReply = Http.get(stack.apps.queryUrl() + path, admin, Map.of());

        for (Http.Reply refused : new Http.Reply[]{otherParent, theChild}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(adminReply.status()).isEqualTo(200);
        assertThat(adminReply.header("Daftar-Watermark")).isNotBlank();
    }

    @Test
    void aRangeOfDaysOutsideOneToSixtyIsABadRequest() {
        String parent = "parent-" + suffix();

        Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/parents/" + parent + "/children?days=61",
                stack.issuer.token(parent, "PARENT"), Map.of());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    private static String child(String student, String parent) {
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student));
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                "{\"guardianId\":\"" + parent + "\"}");
        return student;
    }

    private static void answer(String student, String answerId, boolean correct, long millis, Instant at) {
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), answerId, """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q1",\
                "skill":"math.add-10","givenAnswer":"7","correct":%s,"timeTakenMillis":%d,"answeredAt":"%s"}"""
                .formatted(answerId + "-" + student, student, student, correct, millis, at));
    }

    private static JsonNode read(String path, String token) {
        return QueryReads.json(stack, path, token);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
