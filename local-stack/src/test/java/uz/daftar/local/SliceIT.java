package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The foundation's slice through HTTP: command, event store, projections, query, against real servers. */
class SliceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TestStack stack;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        admin = stack.issuer.token("admin-1", "ADMIN");
    }

    @Nested
    class RecordingAnAnswer {

        @Test
        void aParentReadsTheirChildsDashboardIncludingTheirOwnJustWrittenAnswer() throws Exception {
            String student = registerStudentWithParent("parent-" + suffix());
            String parent = "parent-of-" + student;

            Http.Reply answer = recordAnswer(student, "answer-" + suffix(), "key-" + suffix(), true);
            assertThat(answer.status()).isEqualTo(200);
            long position = JSON.readTree(answer.body()).get("position").asLong();

            Http.Reply dashboard = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student + "/dashboard",
                    stack.issuer.token(parent, "PARENT"),
                    Http.headers("Daftar-Wait-For-Position", Long.toString(position)));

            assertThat(dashboard.status()).isEqualTo(200);
            assertThat(dashboard.header("Daftar-Caught-Up")).isEqualTo("true");
            assertThat(dashboard.header("Daftar-Watermark")).contains("readModel=student-dashboard");
            JsonNode view = JSON.readTree(dashboard.body());
            assertThat(view.get("answers").asLong()).isEqualTo(1);
            assertThat(view.get("correctAnswers").asLong()).isEqualTo(1);
            assertThat(view.get("displayName").asText()).isEqualTo("Demo " + student);
        }

        @Test
        void aCorrectAnswerEarnsTenXpUnderTheVersionedRule() {
            String student = registerStudentWithParent("parent-" + suffix());
            recordAnswer(student, "answer-" + suffix(), "key-" + suffix(), true);

            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                JsonNode view = JSON.readTree(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + student
                        + "/dashboard", admin, Map.of()).body());
                assertThat(view.get("totalXp").asLong()).isEqualTo(10);
            });
            assertThat(jdbc().queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                    + "AND payloadType = 'uz.daftar.events.progress.XpAwarded'", Long.class, "progress:" + student)).isEqualTo(1);
        }

        @Test
        void everyAnswerBecomesAnActivityDocumentUnderItsEventId() {
            String student = registerStudentWithParent("parent-" + suffix());
            String answerId = "answer-" + suffix();
            recordAnswer(student, answerId, "key-" + suffix(), false);
            String eventId = jdbc().queryForObject("SELECT eventIdentifier FROM DomainEventEntry WHERE "
                    + "payloadType = 'uz.daftar.events.practice.PracticeAnswerRecorded' AND aggregateIdentifier = ?",
                    String.class, "attempt:attempt-" + student);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Http.Reply doc = Http.get(stack.elasticsearch.url() + "/activity/_doc/" + eventId, null, Map.of());
                assertThat(doc.status()).isEqualTo(200);
                JsonNode source = JSON.readTree(doc.body()).get("_source");
                assertThat(source.get("studentId").asText()).isEqualTo(student);
                assertThat(source.get("description").asText()).contains("incorrectly");
            });
        }
    }

    @Nested
    class Idempotency {

        @Test
        void aRetryWithTheSameKeyAndBodyReturnsTheFirstAnswerAndAppendsNothing() {
            String student = registerStudentWithParent("parent-" + suffix());
            String answerId = "answer-" + suffix();
            String key = "key-" + suffix();
            String body = answerJson(student, answerId, true);
            Http.Reply first = postAnswer(student, body, key);
            long events = eventsAbout(student);

            Http.Reply retry = postAnswer(student, body, key);

            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(eventsAbout(student)).isEqualTo(events);
        }

        @Test
        void theSameKeyWithADifferentBodyIsAConflict() {
            String student = registerStudentWithParent("parent-" + suffix());
            String key = "key-" + suffix();
            recordAnswer(student, "answer-" + suffix(), key, true);

            Http.Reply changed = recordAnswer(student, "answer-" + suffix(), key, false);

            assertThat(changed.status()).isEqualTo(409);
            assertThat(changed.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Nested
    class BadInput {

        @Test
        void anUnknownFieldIsRejectedWithItsNameAndNothingIsAppended() {
            String student = registerStudentWithParent("parent-" + suffix());
            long events = eventsAbout(student);

            Http.Reply reply = postAnswer(student, answerJson(student, "answer-" + suffix(), true)
                    .replace("\"correct\"", "\"bonus\":5,\"correct\""), "key-" + suffix());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("bonus");
            assertThat(eventsAbout(student)).isEqualTo(events);
        }

        @Test
        void aWrongTypeIsRejectedWithTheField() {
            String student = registerStudentWithParent("parent-" + suffix());

            Http.Reply reply = postAnswer(student, answerJson(student, "answer-" + suffix(), true)
                    .replace("\"timeTakenMillis\":4200", "\"timeTakenMillis\":\"slow\""), "key-" + suffix());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).contains("timeTakenMillis");
        }

        @Test
        void aMissingFieldIsRejectedWithFieldLevelDetail() {
            String student = registerStudentWithParent("parent-" + suffix());

            Http.Reply reply = postAnswer(student, answerJson(student, "answer-" + suffix(), true)
                    .replace("\"skill\":\"counting\",", ""), "key-" + suffix());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).contains("\"field\":\"skill\"");
        }

        @Test
        void anOversizeBodyIsRejected() {
            String student = registerStudentWithParent("parent-" + suffix());
            String huge = answerJson(student, "answer-" + suffix(), true)
                    .replace("\"givenAnswer\":\"4\"", "\"givenAnswer\":\"" + "x".repeat(100_000) + "\"");

            assertThat(postAnswer(student, huge, "key-" + suffix()).status()).isEqualTo(413);
        }

        @Test
        void anUnknownStudentIsNotFoundAndNothingIsAppended() {
            String student = "ghost-" + suffix();
            long events = eventsAbout(student);

            Http.Reply reply = postAnswer(student, answerJson(student, "answer-" + suffix(), true), "key-" + suffix());

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.body()).contains("unknown-student");
            assertThat(eventsAbout(student)).isEqualTo(events);
        }

        @Test
        void aMissingIdempotencyKeyIsRejected() {
            String student = registerStudentWithParent("parent-" + suffix());

            Http.Reply reply = Http.post(stack.apps.commandUrl() + "/api/v1/practice/answers",
                    stack.issuer.token(student, "STUDENT"), answerJson(student, "a-" + suffix(), true), Map.of());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).contains("Idempotency-Key");
        }
    }

    @Nested
    class Live {

        @Test
        void theDashboardStreamPushesTheParentTheAnswerTheChildJustGave() throws Exception {
            String student = registerStudentWithParent("parent-" + suffix());
            String parent = stack.issuer.token("parent-of-" + student, "PARENT");
            String url = stack.apps.queryUrl() + "/api/v1/students/" + student + "/dashboard/stream";
            await().atMost(Duration.ofMinutes(1)).until(() -> Http.get(stack.apps.queryUrl() + "/api/v1/students/"
                    + student + "/dashboard", parent, Map.of()).status() == 200);

            try (LiveStream stream = LiveStream.open(url, parent)) {
                assertThat(JSON.readTree(stream.nextData(Duration.ofSeconds(10))).get("answers").asLong()).isZero();

                recordAnswer(student, "answer-" + suffix(), "key-" + suffix(), true);

                JsonNode pushed = JSON.readTree(stream.nextData(Duration.ofSeconds(30)));
                while (pushed.get("totalXp").asLong() < 10) {
                    pushed = JSON.readTree(stream.nextData(Duration.ofSeconds(30)));
                }
                assertThat(pushed.get("answers").asLong()).isEqualTo(1);
                assertThat(pushed.get("studentId").asText()).isEqualTo(student);
            }
        }

        @Test
        void anotherFamilyCannotOpenTheStream() {
            String child = registerStudentWithParent("parent-" + suffix());

            Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + child + "/dashboard/stream",
                    stack.issuer.token("parent-of-someone-else", "PARENT"), Map.of());

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Nested
    class Access {

        @Test
        void aParentCannotReadAnotherFamilysChild() {
            String child = registerStudentWithParent("parent-" + suffix());
            registerStudentWithParent("other-" + suffix());

            Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + child + "/dashboard",
                    stack.issuer.token("parent-of-someone-else", "PARENT"), Map.of());

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }

        @Test
        void aStudentCannotRecordAnswersForAnotherStudent() {
            String student = registerStudentWithParent("parent-" + suffix());

            Http.Reply reply = Http.post(stack.apps.commandUrl() + "/api/v1/practice/answers",
                    stack.issuer.token("someone-else", "STUDENT"), answerJson(student, "a-" + suffix(), true),
                    Http.headers("Idempotency-Key", "k-" + suffix()));

            assertThat(reply.status()).isEqualTo(403);
        }

        @Test
        void everyEndpointButHealthNeedsAToken() {
            assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/students/x/dashboard", null, Map.of()).status())
                    .isEqualTo(401);
            assertThat(Http.get(stack.apps.commandUrl() + "/actuator/health/liveness", null, Map.of()).status())
                    .isEqualTo(200);
        }
    }

    private static String registerStudentWithParent(String parentPrefix) {
        String student = "student-" + suffix();
        Http.Reply registered = Http.post(stack.apps.commandUrl() + "/api/v1/students", admin, """
                {"studentId":"%s","displayName":"Demo %s","birthDate":"2017-03-14","language":"uz-Latn"}
                """.formatted(student, student), Http.headers("Idempotency-Key", "register-" + student));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Http.Reply linked = Http.post(stack.apps.commandUrl() + "/api/v1/students/" + student + "/guardians", admin,
                "{\"guardianId\":\"parent-of-" + student + "\"}", Http.headers("Idempotency-Key", "link-" + student));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        return student;
    }

    private static Http.Reply recordAnswer(String student, String answerId, String key, boolean correct) {
        return postAnswer(student, answerJson(student, answerId, correct), key);
    }

    private static Http.Reply postAnswer(String student, String json, String key) {
        return Http.post(stack.apps.commandUrl() + "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"),
                json, Http.headers("Idempotency-Key", key));
    }

    private static String answerJson(String student, String answerId, boolean correct) {
        return """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"MATHKIDS_SET",\
                "itemId":"add-2-2","skill":"counting","givenAnswer":"4","correct":%s,"timeTakenMillis":4200,\
                "answeredAt":"%s"}""".formatted(answerId, student, student, correct, Instant.now().minusSeconds(5));
    }

    /**
     * Events in the student's streams once the policies have caught up with the store: what an answer sets off
     * (XP, coins, streaks) is appended by the policies after the answer's own request has returned.
     */
    private static long eventsAbout(String student) {
        DemoHistory.awaitPolicies(stack);
        return jdbc().queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier LIKE ?",
                Long.class, "%" + student + "%");
    }

    private static JdbcTemplate jdbc() {
        return stack.apps.commandSide().getBean(JdbcTemplate.class);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
