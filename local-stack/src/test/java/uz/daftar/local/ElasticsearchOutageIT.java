package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uz.daftar.platform.deadletter.DeadLetters;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch stops while students keep practising: commands and the PostgreSQL read models carry on, search says
 * it is unavailable, and once Elasticsearch is back the activity index catches up with nothing lost and nothing
 * doubled.
 */
class ElasticsearchOutageIT {

    @Test
    void anOutageDelaysOnlyTheSearchReadModelWhichCatchesUpExactlyAfterwards() throws Exception {
        TestStack stack = TestStack.get();
        Http.Target api = new Http.Target(stack.apps.commandUrl());
        String admin = stack.issuer.token("outage-admin", "ADMIN");
        String student = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student));
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));

        stack.stopElasticsearch();
        try {
            for (int i = 0; i < 4; i++) {
                api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), "a" + i, """
                        {"answerId":"a%d-%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ",\
                        "itemId":"q%d","skill":"math.add-10","givenAnswer":"7","correct":true,"timeTakenMillis":4000,\
                        "answeredAt":"%s"}""".formatted(i, student, student, student, i,
                        Instant.now().minusSeconds(10 - i)));
            }
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                    read(stack, "/api/v1/students/" + student + "/dashboard", admin).get("answers").asLong() == 4);
            Http.Reply search = Http.get(stack.apps.queryUrl() + "/api/v1/activity?studentId=" + student, admin,
                    Map.of());
            assertThat(search.status()).isEqualTo(503);
            assertThat(search.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            stack.startElasticsearch();
        }

        String answers = "/api/v1/activity?type=PracticeAnswerRecorded&studentId=" + student;
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
               .until(() -> read(stack, answers, admin).get("total").asLong() == 4);
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(2));
        JsonNode everything = read(stack, "/api/v1/activity?size=200&studentId=" + student, admin);
        Set<String> eventIds = new HashSet<>();
        everything.get("documents").forEach(d -> assertThat(eventIds.add(d.get("eventId").asText())).isTrue());
        assertThat(read(stack, answers, admin).get("total").asLong()).isEqualTo(4);
        assertThat(everything.get("total").asLong()).isEqualTo(eventIds.size());
        assertThat(stack.apps.querySide().getBean(DeadLetters.class).parked("activity-index", 1).letters())
                .as("an outage parks nothing").isZero();
    }

    private static JsonNode read(TestStack stack, String path, String token) {
        return QueryReads.json(stack, path, token);
    }
}
