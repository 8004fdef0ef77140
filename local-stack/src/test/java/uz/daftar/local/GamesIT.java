package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Games through HTTP: sessions, scores with their plausibility verdict, and the rate caps against farming. */
class GamesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("games-admin", "ADMIN");
    }

    @Test
    void aPlausible2048ScoreIsRecordedAndAccepted() {
        String student = student();
        String token = stack.issuer.token(student, "STUDENT");
        start(student, token, "round-1");

        api.require(200, "/api/v1/games/sessions/round-1/score", token, "score-" + student,
                score2048(student, 1800, 120));

        String stream = "player:" + student + ":GAME_2048";
        assertThat(eventsOf(stream, "GameScoreSubmitted")).isEqualTo(1);
        assertThat(eventsOf(stream, "ScoreAccepted")).isEqualTo(1);
        assertThat(eventsOf(stream, "ScoreQuarantined")).isZero();
        assertThat(payloadOf(stream, "ScoreAccepted").get("ruleVersion").asText()).isEqualTo("plausibility.v1");
    }

    @Test
    void anImplausible2048ScoreIsQuarantinedWithItsReasons() {
        String student = student();
        String token = stack.issuer.token(student, "STUDENT");
        start(student, token, "round-1");

        api.require(200, "/api/v1/games/sessions/round-1/score", token, "score-" + student,
                score2048(student, 50_000, 40));

        String stream = "player:" + student + ":GAME_2048";
        assertThat(eventsOf(stream, "ScoreAccepted")).isZero();
        JsonNode quarantined = payloadOf(stream, "ScoreQuarantined");
        assertThat(quarantined.get("ruleVersion").asText()).isEqualTo("plausibility.v1");
        assertThat(quarantined.get("score").asLong()).isEqualTo(50_000);
        assertThat(quarantined.get("reasons")).hasSize(1);
        assertThat(quarantined.get("reasons").get(0).asText())
                .isEqualTo("score-above-move-bound: 50000 points in 40 moves; at most 32 per move");
    }

    @Test
    void farmingHitsTheRateCapAndTheRefusedScoreAppendsNothing() {
        String student = student();
        String token = stack.issuer.token(student, "STUDENT");
        String stream = "player:" + student + ":GAME_2048";
        for (int i = 1; i <= 20; i++) {
            start(student, token, "farm-" + i);
            api.require(200, "/api/v1/games/sessions/farm-" + i + "/score", token, "farm-score-" + i,
                    score2048(student, 100 + i, 50));
        }
        start(student, token, "farm-21");
        long before = eventsOf(stream, "%");

        Http.Reply refused = api.require(429, "/api/v1/games/sessions/farm-21/score", token, "farm-score-21",
                score2048(student, 121, 50));

        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(refused.body()).get("code").asText()).isEqualTo("rate-limited");
        assertThat(eventsOf(stream, "%")).isEqualTo(before);
        assertThat(eventsOf(stream, "GameScoreSubmitted")).isEqualTo(20);
        api.require(429, "/api/v1/games/sessions/farm-21/score", token, "farm-score-21", score2048(student, 121, 50));
    }

    @Test
    void theSameScoreTwiceWithinFiveSecondsIsRefused() {
        String student = student();
        String token = stack.issuer.token(student, "STUDENT");
        start(student, token, "same-1");
        start(student, token, "same-2");
        api.require(200, "/api/v1/games/sessions/same-1/score", token, "same-score-1", score2048(student, 640, 60));

        Http.Reply refused = api.require(429, "/api/v1/games/sessions/same-2/score", token, "same-score-2",
                score2048(student, 640, 60));

        assertThat(json(refused.body()).get("code").asText()).isEqualTo("duplicate-too-soon");
        assertThat(eventsOf("player:" + student + ":GAME_2048", "GameScoreSubmitted")).isEqualTo(1);
    }

    @Test
    void telemetryOfTheWrongTypeIsABadRequestAndAppendsNothing() {
        String student = student();
        String token = stack.issuer.token(student, "STUDENT");
        start(student, token, "round-1");
        String stream = "player:" + student + ":GAME_2048";
        long before = eventsOf(stream, "%");

        Http.Reply wordyMoves = api.require(400, "/api/v1/games/sessions/round-1/score", token, "bad-1", """
                {"studentId":"%s","game":"GAME_2048","score":100,"durationMillis":60000,"moves":"lots"}"""
                .formatted(student));
        api.require(400, "/api/v1/games/sessions/round-1/score", token, "bad-2", """
                {"studentId":"%s","game":"GAME_2048","score":"high","durationMillis":60000,"moves":10}"""
                .formatted(student));
        api.require(400, "/api/v1/games/sessions/round-1/score", token, "bad-3", """
                {"studentId":"%s","game":"CHESS","score":100,"durationMillis":60000,"moves":10}"""
                .formatted(student));
        api.require(400, "/api/v1/games/sessions/round-1/score", token, "bad-4", """
                {"studentId":"%s","game":"GAME_2048","score":100,"durationMillis":60000,"moves":-1}"""
                .formatted(student));

        api.require(400, "/api/v1/games/sessions/x/score", token, "bad-5", score2048(student, 100, 10));

        assertThat(wordyMoves.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wordyMoves.body()).contains("moves");
        assertThat(eventsOf(stream, "%")).isEqualTo(before);
    }

    @Test
    void aScoreForASessionNeverStartedIsNotFound() {
        String student = student();

        Http.Reply missing = api.require(404, "/api/v1/games/sessions/never-started/score",
                stack.issuer.token(student, "STUDENT"), "missing-" + student, score2048(student, 100, 10));

        assertThat(json(missing.body()).get("code").asText()).isEqualTo("unknown-session");
    }

    @Test
    void aStudentCannotPlayForAnother() {
        String student = student();

        api.require(403, "/api/v1/games/sessions", stack.issuer.token("someone-else", "STUDENT"), "steal-" + student,
                startBody(student, "round-1"));
    }

    @Test
    void onlyAnAdminHasAScoreReviewedAndAVerdictUnderTheCurrentRuleStands() {
        String student = student();
        String token = stack.issuer.token(student, "STUDENT");
        start(student, token, "round-1");
        api.require(200, "/api/v1/games/sessions/round-1/score", token, "score-" + student,
                score2048(student, 50_000, 40));
        String review = "{\"studentId\":\"" + student + "\",\"game\":\"GAME_2048\"}";

        api.require(403, "/api/v1/games/sessions/round-1/review", token, "review-" + student, review);
        api.require(200, "/api/v1/games/sessions/round-1/review", admin, "review-" + student, review);

        String stream = "player:" + student + ":GAME_2048";
        assertThat(eventsOf(stream, "ScoreQuarantined")).isEqualTo(1);
        assertThat(eventsOf(stream, "ScoreAccepted")).isZero();
        api.require(404, "/api/v1/games/sessions/round-9/review", admin, "review-9-" + student, review);
    }

    private static void start(String student, String token, String sessionId) {
        api.require(201, "/api/v1/games/sessions", token, "start-" + student + "-" + sessionId,
                startBody(student, sessionId));
    }

    private static String startBody(String student, String sessionId) {
        return """
                {"sessionId":"%s","studentId":"%s","game":"GAME_2048"}""".formatted(sessionId, student);
    }

    private static String score2048(String student, long score, int moves) {
        return """
                {"studentId":"%s","game":"GAME_2048","score":%d,"durationMillis":180000,"moves":%d}"""
                .formatted(student, score, moves);
    }

    private static String student() {
        String student = "gamer-" + UUID.randomUUID().toString().substring(0, 8);
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student));
        return student;
    }

    private static long eventsOf(String stream, String typeSuffix) {
        return jdbc().queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                Long.class, stream, "%" + typeSuffix);
    }

    private static JsonNode payloadOf(String stream, String typeSuffix) {
        byte[] payload = jdbc().queryForObject("SELECT payload FROM DomainEventEntry "
                        + "WHERE aggregateIdentifier = ? AND payloadType LIKE ? ORDER BY sequenceNumber DESC LIMIT 1",
                byte[].class, stream, "%" + typeSuffix);
        return json(new String(payload, StandardCharsets.UTF_8));
    }

    private static JdbcTemplate jdbc() {
        return stack.apps.commandSide().getBean(JdbcTemplate.class);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
