package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Olympiads through HTTP: a crowd of participants ranked, frozen and paid exactly as an independent computation
 * says; entry fees held, captured and released; deadlines enforced by the server; refusals that change nothing.
 */
class OlympiadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] KEYS = {"a", "b", "c", "d", "e"};
    private static final String PRIZES = """
            [{"fromRank":1,"toRank":1,"coins":100},{"fromRank":2,"toRank":10,"coins":30},\
            {"fromRank":11,"toRank":50,"coins":5}]""";

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("olympiad-admin", "ADMIN");
    }

    @AfterAll
    static void theLedgerBalances() {
        LedgerInvariant.holds(stack);
    }

    @Nested
    class Crowd {

        /** Who each participant is and what they do: most submit, some let the deadline submit, a few never start. */
        private record Participant(String studentId, Map<String, String> answers, Kind kind) {
            int expectedScore() {
                int score = 0;
                for (int q = 0; q < KEYS.length; q++) {
                    if (KEYS[q].equals(answers.get("q" + (q + 1)))) {
                        score += q + 1;
                    }
                }
                return score;
            }
        }

        private enum Kind { SUBMITS, SLEEPS, NEVER_STARTS }

        private record Expected(int rank, String studentId, int score, Instant submittedAt, long prize) {
        }

        @Test
        void thousandsOfParticipantsAreRankedFrozenAndPaidAsAnIndependentComputationSays() throws Exception {
            int n = Integer.getInteger("daftar.it.olympiad.participants", 2000);
            String olympiad = "olymp-crowd-" + suffix();
            List<Participant> participants = crowd(olympiad, n);

            long setupStarted = System.nanoTime();
            parallel(n, i -> {
                String student = participants.get(i).studentId();
                register(student);
                entitle(student);
            });
            double requestsPerSecond = 2.0 * n / ((System.nanoTime() - setupStarted) / 1e9);
            long window = Math.max(30, Math.min(300, Math.round(2.0 * 3 * n / requestsPerSecond) + 15));
            Instant now = Instant.now();
            create(olympiad, now.minusSeconds(60), now.plusSeconds(window), now.minusSeconds(60),
                    now.plusSeconds(window), 15, now.plusSeconds(window + 20), 0);

            List<Integer> secondTries = new ArrayList<>();
            System.out.printf("crowd of %d: set up at %.0f requests/s, windows of %d s%n", n, requestsPerSecond,
                    window);
            long crowdStarted = System.nanoTime();
            parallel(n, i -> {
                take(olympiad, participants.get(i));
                if (i == 1) {
                    secondTries.addAll(tryAgain(olympiad, participants.get(i)));
                }
            });

            Participant sleeper = participants.stream().filter(p -> p.kind() == Kind.SLEEPS).findFirst().orElseThrow();
            assertThat(secondTries).containsExactly(409, 409);
            System.out.printf("crowd of %d: took part in %.1f s%n", n, (System.nanoTime() - crowdStarted) / 1e9);

            awaitEvent("standings:" + olympiad, "StandingsFrozen", Duration.ofSeconds(window + 120));

            Http.Reply late = post(participation(olympiad, sleeper.studentId()) + "/answers", student(sleeper),
                    "{\"questionId\":\"q1\",\"answer\":\"a\"}");
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.body()).contains("deadline-passed");

            Map<String, JsonNode> graded = payloads("participation:" + olympiad + ":%", "SubmissionGraded").stream()
                    .collect(HashMap::new, (m, e) -> m.put(e.get("studentId").asText(), e), Map::putAll);
            List<Participant> ranked = participants.stream().filter(p -> p.kind() != Kind.NEVER_STARTS).toList();
            assertThat(graded).hasSize(ranked.size());
            ranked.forEach(p -> assertThat(graded.get(p.studentId()).get("score").asInt()).as(p.studentId())
                    .isEqualTo(p.kind() == Kind.SLEEPS ? 0 : p.expectedScore()));
            List<Expected> expected = independentRanking(graded);

            List<JsonNode> frozen = new ArrayList<>();
            payloads("standings:" + olympiad, "StandingsPageFrozen")
                    .forEach(page -> page.get("entries").forEach(frozen::add));
            assertThat(frozen).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                JsonNode entry = frozen.get(i);
                Expected want = expected.get(i);
                assertThat(new Expected(entry.get("rank").asInt(), entry.get("studentId").asText(),
                        entry.get("score").asInt(), Instant.parse(entry.get("submittedAt").asText()),
                        entry.get("prizeCoins").asLong())).isEqualTo(want);
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> prizesPaid(olympiad).size() == 50);
            Map<String, Long> prizes = prizesPaid(olympiad);
            assertThat(prizes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100 + 9 * 30 + 40 * 5);
            expected.stream().filter(e -> e.prize() > 0)
                    .forEach(e -> assertThat(prizes.get(e.studentId())).as(e.studentId()).isEqualTo(e.prize()));

            new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));
            JsonNode top = read("/api/v1/olympiads/" + olympiad + "/standings?limit=100", admin);
            List<JsonNode> entries = new ArrayList<>();
            top.get("entries").forEach(entries::add);
            assertThat(entries).hasSize(100);
            for (int i = 0; i < 100; i++) {
                assertThat(entries.get(i).get("rank").asInt()).isEqualTo(expected.get(i).rank());
                assertThat(entries.get(i).get("score").asInt()).isEqualTo(expected.get(i).score());
            }
            for (Expected someone : List.of(expected.get(0), expected.get(9), expected.get(expected.size() / 2),
                    expected.get(expected.size() - 1))) {
                JsonNode mine = read("/api/v1/olympiads/" + olympiad + "/standings/students/" + someone.studentId()
                        + "?neighbours=2", stack.issuer.token(someone.studentId(), "STUDENT"));
                assertThat(mine.toString()).contains("\"rank\":" + someone.rank());
            }
        }

        private List<Participant> crowd(String olympiad, int n) {
            Random random = new Random(20_261_127L);
            List<Participant> crowd = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<String, String> answers = new HashMap<>();
                for (int q = 0; q < KEYS.length; q++) {
                    answers.put("q" + (q + 1), random.nextInt(10) < 6 ? KEYS[q] : "x");
                }
                Kind kind = i % 97 == 96 ? Kind.NEVER_STARTS : i % 40 == 39 ? Kind.SLEEPS : Kind.SUBMITS;
                crowd.add(new Participant(olympiad.replace("olymp-crowd-", "c") + "-" + i, answers, kind));
            }
            return crowd;
        }

        private void take(String olympiad, Participant participant) {
            String token = student(participant);
            String studentId = participant.studentId();
            api.require(200, "/api/v1/olympiads/" + olympiad + "/registrations", token, "reg-" + studentId,
                    "{\"studentId\":\"" + studentId + "\"}");
            if (participant.kind() == Kind.NEVER_STARTS) {
                return;
            }
            api.require(200, participation(olympiad, studentId) + "/start", token, "start-" + studentId, "");
            if (participant.kind() == Kind.SLEEPS) {
                api.require(200, participation(olympiad, studentId) + "/answers", token, "answer-" + studentId,
                        "{\"questionId\":\"q1\",\"answer\":\"wrong\"}");
                return;
            }
            try {
                api.require(200, participation(olympiad, studentId) + "/submission", token, "submit-" + studentId,
                        JSON.writeValueAsString(Map.of("answers", participant.answers())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A participant who has just submitted starts again and submits again: both refused, before the deadline. */
        private List<Integer> tryAgain(String olympiad, Participant participant) {
            Http.Reply start = post(participation(olympiad, participant.studentId()) + "/start", student(participant), "");
            Http.Reply submit = post(participation(olympiad, participant.studentId()) + "/submission",
                    student(participant), "{}");
            assertThat(start.body()).contains("already-started");
            assertThat(submit.body()).contains("already-submitted");
            return List.of(start.status(), submit.status());
        }

        /** The ranking computed here from the graded submissions: score, then earliest submission, then id. */
        private List<Expected> independentRanking(Map<String, JsonNode> graded) {
            List<JsonNode> order = graded.values().stream().sorted(Comparator
                    .comparingInt((JsonNode e) -> -e.get("score").asInt())
                    .thenComparing(e -> Instant.parse(e.get("submittedAt").asText()))
                    .thenComparing(e -> e.get("studentId").asText())).toList();
            List<Expected> expected = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                int rank = i + 1;
                long prize = rank == 1 ? 100 : rank <= 10 ? 30 : rank <= 50 ? 5 : 0;
                JsonNode e = order.get(i);
                expected.add(new Expected(rank, e.get("studentId").asText(), e.get("score").asInt(),
                        Instant.parse(e.get("submittedAt").asText()), prize));
            }
            return expected;
        }

        private String student(Participant participant) {
            return stack.issuer.token(participant.studentId(), "STUDENT");
        }
    }

    @Nested
    class Fees {

        @Test
        void aFeeIsHeldAtRegistrationAndCapturedAtTheStart() {
            String olympiad = openOlympiad(5);
            String student = register(suffixed("fee"));
            entitle(student);
            adjust(student, 10);
            String token = stack.issuer.token(student, "STUDENT");

            api.require(200, "/api/v1/olympiads/" + olympiad + "/registrations", token, "reg", body(student));
            assertThat(eventsOf("wallet:" + student, "CoinsHeld")).isEqualTo(1);
            api.require(200, participation(olympiad, student) + "/start", token, "start", "");

            await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf("wallet:" + student, "HoldCaptured") == 1);
            assertThat(eventsOf("wallet:" + student, "HoldReleased")).isZero();
        }

        @Test
        void cancellingTheOlympiadCancelsItsRegistrationsAndReleasesTheirFees() {
            Instant now = Instant.now();
            String olympiad = "olymp-" + suffix();
            create(olympiad, now.minusSeconds(60), now.plusSeconds(3600), now.plusSeconds(3600),
                    now.plusSeconds(7200), 600, now.plusSeconds(7200), 5);
            String student = register(suffixed("fee"));
            entitle(student);
            adjust(student, 10);
            String token = stack.issuer.token(student, "STUDENT");
            api.require(200, "/api/v1/olympiads/" + olympiad + "/registrations", token, "reg", body(student));

            api.require(200, "/api/v1/olympiads/" + olympiad + "/cancellation", admin, "cancel-" + olympiad,
                    "{\"reason\":\"The hall is flooded\"}");

            await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf("wallet:" + student, "HoldReleased") == 1);
            assertThat(eventsOf(participationStream(olympiad, student), "ParticipationCancelled")).isEqualTo(1);
            Http.Reply start = post(participation(olympiad, student) + "/start", token, "");
            assertThat(start.status()).isEqualTo(409);
            assertThat(start.body()).contains("olympiad-cancelled");
        }

        @Test
        void aFeeTheWalletCannotPayRefusesTheRegistrationAndHoldsNothing() {
            String olympiad = openOlympiad(5);
            String student = register(suffixed("fee"));
            entitle(student);
            adjust(student, 3);

            Http.Reply reply = post("/api/v1/olympiads/" + olympiad + "/registrations",
                    stack.issuer.token(student, "STUDENT"), body(student));

            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("insufficient-coins");
            assertThat(eventsOf("wallet:" + student, "CoinsHeld")).isZero();
            assertThat(eventsOf(participationStream(olympiad, student), "%")).isZero();
        }
    }

    @Nested
    class Deadlines {

        @Test
        void afterThePersonalDeadlineAnswersAreRefusedAndTheServerSubmitsWhatWasGiven() throws Exception {
            Instant now = Instant.now();
            String olympiad = "olymp-" + suffix();
            create(olympiad, now.minusSeconds(60), now.plusSeconds(3600), now.minusSeconds(60),
                    now.plusSeconds(3600), 2, now.plusSeconds(7200), 0);
            String student = register(suffixed("late"));
            entitle(student);
            String token = stack.issuer.token(student, "STUDENT");
            api.require(200, "/api/v1/olympiads/" + olympiad + "/registrations", token, "reg", body(student));
            api.require(200, participation(olympiad, student) + "/start", token, "start", "");
            api.require(200, participation(olympiad, student) + "/answers", token, "a1",
                    "{\"questionId\":\"q2\",\"answer\":\"b\"}");

            Thread.sleep(2_100);
            Http.Reply late = post(participation(olympiad, student) + "/answers", token,
                    "{\"questionId\":\"q1\",\"answer\":\"a\"}");

            assertThat(late.status()).isEqualTo(409);
            assertThat(late.body()).contains("deadline-passed");
            awaitEvent(participationStream(olympiad, student), "SubmissionGraded", Duration.ofSeconds(30));
            JsonNode submitted = payloads(participationStream(olympiad, student), "OlympiadSubmitted").get(0);
            assertThat(submitted.get("forced").asBoolean()).isTrue();
            assertThat(submitted.get("answers").toString()).isEqualTo("{\"q2\":\"b\"}");
            assertThat(payloads(participationStream(olympiad, student), "SubmissionGraded").get(0).get("score")
                    .asInt()).isEqualTo(2);
        }
    }

    @Nested
    class Refusals {

        @Test
        void aStudentWithoutAnOlympiadSubscriptionCannotRegister() {
            String olympiad = openOlympiad(0);
            String student = register(suffixed("nosub"));

            Http.Reply reply = post("/api/v1/olympiads/" + olympiad + "/registrations",
                    stack.issuer.token(student, "STUDENT"), body(student));

            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.body()).contains("no-olympiad-entitlement");
            assertThat(eventsOf(participationStream(olympiad, student), "%")).isZero();
        }

        @Test
        void registrationBeforeTheWindowOpensIsRefused() {
            Instant now = Instant.now();
            String olympiad = "olymp-" + suffix();
            create(olympiad, now.plusSeconds(3600), now.plusSeconds(7200), now.plusSeconds(7200),
                    now.plusSeconds(9000), 600, now.plusSeconds(9000), 0);
            String student = register(suffixed("early"));
            entitle(student);

            Http.Reply reply = post("/api/v1/olympiads/" + olympiad + "/registrations",
                    stack.issuer.token(student, "STUDENT"), body(student));

            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.body()).contains("registration-closed");
        }

        @Test
        void aStudentCannotRegisterOrStartForAnotherStudent() {
            String olympiad = openOlympiad(0);
            String student = register(suffixed("victim"));
            entitle(student);
            String other = stack.issuer.token("someone-else", "STUDENT");

            assertThat(post("/api/v1/olympiads/" + olympiad + "/registrations", other, body(student)).status())
                    .isEqualTo(403);
            assertThat(post(participation(olympiad, student) + "/start", other, "").status()).isEqualTo(403);
            assertThat(eventsOf(participationStream(olympiad, student), "%")).isZero();
        }

        @Test
        void onlyAnAdminCreatesAnOlympiad() {
            Instant now = Instant.now();
            String olympiad = "olymp-" + suffix();
            Http.Reply reply = post("/api/v1/olympiads", stack.issuer.token("a-teacher", "TEACHER"),
                    olympiadJson(olympiad, now, now.plusSeconds(60), now, now.plusSeconds(60), 60,
                            now.plusSeconds(120), 0));

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(eventsOf("olympiad:" + olympiad, "%")).isZero();
        }

        @Test
        void aMalformedOlympiadIsRejectedWithTheFieldAndAnUnsoundScheduleIsUnprocessable() {
            Instant now = Instant.now();
            String olympiad = "olymp-" + suffix();
            String json = olympiadJson(olympiad, now, now.plusSeconds(60), now, now.plusSeconds(60), 60,
                    now.plusSeconds(120), 0);

            Http.Reply malformed = post("/api/v1/olympiads", admin, json.replace("\"math\"", "\"Math!\""));
            Http.Reply unsound = post("/api/v1/olympiads", admin, olympiadJson(olympiad, now, now.plusSeconds(60),
                    now, now.plusSeconds(60), 60, now.plusSeconds(30), 0));

            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
            assertThat(malformed.body()).contains("\"field\":\"subject\"");
            assertThat(unsound.status()).isEqualTo(422);
            assertThat(unsound.body()).contains("unsound-olympiad");
            assertThat(eventsOf("olympiad:" + olympiad, "%")).isZero();
        }

        @Test
        void anOlympiadThatHasOpenedCannotBeCancelled() {
            String olympiad = openOlympiad(0);

            Http.Reply reply = post("/api/v1/olympiads/" + olympiad + "/cancellation", admin,
                    "{\"reason\":\"changed our minds\"}");

            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.body()).contains("olympiad-started");
            assertThat(eventsOf("olympiad:" + olympiad, "OlympiadCancelled")).isZero();
        }
    }

    @Nested
    class Views {

        /** An olympiad where two classmates of one class and one child of another class have submitted. */
        private record Scene(String olympiad, String centre, String classA, String teacherA, String teacherB,
                             String alice, String bob, String carol) {
        }

        private Scene scene() {
            String s = suffix();
            Scene scene = new Scene(openOlympiad(0), "centre-" + s, "class-a-" + s, "teacher-a-" + s,
                    "teacher-b-" + s, "alice-" + s, "bob-" + s, "carol-" + s);
            api.require(201, "/api/v1/centres", admin, "centre-" + s, """
                    {"centreId":"%s","name":"Centre","region":"UZ-TK"}""".formatted(scene.centre()));
            for (String teacher : List.of(scene.teacherA(), scene.teacherB())) {
                api.require(200, "/api/v1/centres/" + scene.centre() + "/teachers", admin, "t-" + teacher,
                        "{\"teacherId\":\"" + teacher + "\"}");
            }
            openClass(scene.classA(), scene.centre(), scene.teacherA());
            openClass("class-b-" + s, scene.centre(), scene.teacherB());
            String[][] seats = {{scene.alice(), scene.classA(), "a"}, {scene.bob(), scene.classA(), "x"},
                    {scene.carol(), "class-b-" + s, "a"}};
            for (String[] seat : seats) {
                register(seat[0]);
                entitle(seat[0]);
                api.require(200, "/api/v1/classes/" + seat[1] + "/students", admin, "enrol-" + seat[0],
                        "{\"studentId\":\"" + seat[0] + "\"}");
                String token = stack.issuer.token(seat[0], "STUDENT");
                api.require(200, "/api/v1/olympiads/" + scene.olympiad() + "/registrations", token, "r", body(seat[0]));
                api.require(200, participation(scene.olympiad(), seat[0]) + "/start", token, "s", "");
                api.require(200, participation(scene.olympiad(), seat[0]) + "/submission", token, "sub",
                        "{\"answers\":{\"q1\":\"%s\",\"q5\":\"%s\"}}".formatted(seat[2], seat[2].equals("a") ? "e" : "x"));
            }
            api.require(200, "/api/v1/students/" + scene.alice() + "/guardians", admin, "link-" + scene.alice(),
                    "{\"guardianId\":\"parent-of-" + scene.alice() + "\"}");
            new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));
            return scene;
        }

        @Test
        void everyoneSeesTheTopPlacesButOtherChildrenOnlyUnderPseudonyms() {
            Scene scene = scene();

            JsonNode top = read("/api/v1/olympiads/" + scene.olympiad() + "/standings?limit=10",
                    stack.issuer.token(scene.alice(), "STUDENT"));

            assertThat(top.get("ranked").asInt()).isEqualTo(3);
            List<JsonNode> entries = new ArrayList<>();
            top.get("entries").forEach(entries::add);
            assertThat(entries).extracting(e -> e.get("score").asInt()).containsExactly(6, 6, 0);
            JsonNode mine = entries.stream().filter(e -> e.get("mine").asBoolean()).findFirst().orElseThrow();
            assertThat(mine.get("studentId").asText()).isEqualTo(scene.alice());
            assertThat(entries).filteredOn(e -> !e.get("mine").asBoolean()).allSatisfy(e -> {
                assertThat(e.get("studentId").isNull()).isTrue();
                assertThat(e.get("player").asText()).startsWith("Player ").doesNotContain(scene.bob())
                        .doesNotContain(scene.carol());
            });
            assertThat(top.toString()).doesNotContain("answerKey");
        }

        @Test
        void aStudentAndTheirParentSeeTheirPlaceAndNobodyElses() {
            Scene scene = scene();
            String path = "/api/v1/olympiads/" + scene.olympiad() + "/standings/students/";

            JsonNode own = read(path + scene.alice() + "?neighbours=1", stack.issuer.token(scene.alice(), "STUDENT"));
            JsonNode parents = read(path + scene.alice(), stack.issuer.token("parent-of-" + scene.alice(), "PARENT"));
            Http.Reply crossed = Http.get(stack.apps.queryUrl() + path + scene.bob(),
                    stack.issuer.token(scene.alice(), "STUDENT"), Map.of());
            Http.Reply otherParent = Http.get(stack.apps.queryUrl() + path + scene.bob(),
                    stack.issuer.token("parent-of-" + scene.alice(), "PARENT"), Map.of());

            assertThat(own.get("entry").get("mine").asBoolean()).isTrue();
            assertThat(own.get("entry").get("rank").asInt()).isBetween(1, 2);
            assertThat(parents.get("entry").get("studentId").asText()).isEqualTo(scene.alice());
            for (Http.Reply refused : List.of(crossed, otherParent)) {
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            }
        }

        @Test
        void aTeacherSeesTheirOwnClassByNameAndNotAnotherClass() {
            Scene scene = scene();
            String path = "/api/v1/olympiads/" + scene.olympiad() + "/standings/classes/" + scene.classA();

            JsonNode mine = read(path, stack.issuer.token(scene.teacherA(), "TEACHER"));
            Http.Reply other = Http.get(stack.apps.queryUrl() + path, stack.issuer.token(scene.teacherB(), "TEACHER"),
                    Map.of());

            assertThat(mine.get("rankedInGroup").asInt()).isEqualTo(2);
            List<String> ids = new ArrayList<>();
            mine.get("entries").forEach(e -> ids.add(e.get("standing").get("studentId").asText()));
            assertThat(ids).containsExactly(scene.alice(), scene.bob());
            assertThat(other.status()).isEqualTo(403);
        }

        @Test
        void adminsSeeParticipationPerClassAndCentreAndStudentsDoNot() {
            Scene scene = scene();
            String path = "/api/v1/olympiads/" + scene.olympiad() + "/participation";

            JsonNode counts = read(path, admin);
            Http.Reply student = Http.get(stack.apps.queryUrl() + path, stack.issuer.token(scene.alice(), "STUDENT"),
                    Map.of());

            assertThat(counts.get("total").get("submitted").asInt()).isEqualTo(3);
            assertThat(counts.get("classes").get(scene.classA()).get("graded").asInt()).isEqualTo(2);
            assertThat(counts.get("centres").get(scene.centre()).get("registered").asInt()).isEqualTo(3);
            assertThat(student.status()).isEqualTo(403);
            assertThat(student.header("Content-Type")).startsWith("application/problem+json");
        }

        @Test
        void anUnknownOlympiadIsNotFound() {
            Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/olympiads/olymp-none-" + suffix()
                    + "/standings", admin, Map.of());

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }

        @Test
        void theLiveStreamPushesANewLeaderboardWhenASubmissionLands() throws Exception {
            String olympiad = openOlympiad(0);
            String student = register(suffixed("live"));
            entitle(student);
            String token = stack.issuer.token(student, "STUDENT");
            api.require(200, "/api/v1/olympiads/" + olympiad + "/registrations", token, "r", body(student));
            api.require(200, participation(olympiad, student) + "/start", token, "s", "");
            new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));

            try (LiveStream stream = LiveStream.open(stack.apps.queryUrl() + "/api/v1/olympiads/" + olympiad
                    + "/standings/stream", token)) {
                assertThat(stream.nextData(Duration.ofSeconds(20))).contains("\"ranked\":0");

                api.require(200, participation(olympiad, student) + "/submission", token, "sub",
                        "{\"answers\":{\"q3\":\"c\"}}");

                String pushed = stream.nextData(Duration.ofSeconds(30));
                assertThat(pushed).contains("\"ranked\":1").contains("\"score\":3").contains("\"mine\":true");
            }
        }

        private void openClass(String classId, String centre, String teacher) {
            api.require(201, "/api/v1/classes", admin, "class-" + classId, """
                    {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}"""
                    .formatted(classId, centre, teacher));
        }
    }

    /**
     * A published olympiad whose registration and start windows are open for the next hour: long enough that it
     * never freezes while other tests compare read models.
     */
    private static String openOlympiad(long entryFee) {
        Instant now = Instant.now();
        String olympiad = "olymp-" + suffix();
        create(olympiad, now.minusSeconds(60), now.plusSeconds(3600), now.minusSeconds(60), now.plusSeconds(3600),
                600, now.plusSeconds(7200), entryFee);
        return olympiad;
    }

    private static void create(String olympiad, Instant registrationOpens, Instant registrationCloses,
                               Instant startOpens, Instant startCloses, long durationSeconds, Instant finalDeadline,
                               long entryFee) {
        api.require(201, "/api/v1/olympiads", admin, "create-" + olympiad, olympiadJson(olympiad, registrationOpens,
                registrationCloses, startOpens, startCloses, durationSeconds, finalDeadline, entryFee));
        api.require(200, "/api/v1/olympiads/" + olympiad + "/publication", admin, "publish-" + olympiad, "");
    }

    /** Five questions worth 1 to 5 points with the keys a to e, and prizes for the first fifty. */
    private static String olympiadJson(String olympiad, Instant registrationOpens, Instant registrationCloses,
                                       Instant startOpens, Instant startCloses, long durationSeconds,
                                       Instant finalDeadline, long entryFee) {
        StringBuilder questions = new StringBuilder();
        for (int q = 0; q < KEYS.length; q++) {
            questions.append(q == 0 ? "" : ",").append("{\"questionId\":\"q%d\",\"points\":%d,\"answerKey\":\"%s\"}"
                    .formatted(q + 1, q + 1, KEYS[q]));
        }
        return """
                {"olympiadId":"%s","titles":{"uz-Latn":"Matematika","ru":"Математика"},"subject":"math",\
                "minAge":8,"maxAge":12,"questions":[%s],"schedule":{"registrationOpens":"%s",\
                "registrationCloses":"%s","startOpens":"%s","startCloses":"%s","durationSeconds":%d,\
                "finalDeadline":"%s"},"entryFee":%d,"prizes":%s}""".formatted(olympiad, questions,
                registrationOpens, registrationCloses, startOpens, startCloses, durationSeconds, finalDeadline,
                entryFee, PRIZES);
    }

    private static String register(String student) {
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2015-04-04","language":"uz-Latn"}"""
                .formatted(student));
        return student;
    }

    private static void entitle(String student) {
        Instant now = Instant.now();
        api.require(200, "/api/v1/subscriptions/entitlements", admin, "entitle-" + student, """
                {"entitlementId":"olympiads-month","studentId":"%s","product":"olympiads","validFrom":"%s",\
                "validUntil":"%s","source":"payme-1"}""".formatted(student, now.minusSeconds(3600),
                now.plus(Duration.ofDays(30))));
    }

    private static void adjust(String student, long amount) {
        api.require(200, "/api/v1/coins/adjustments", admin, "adjust-" + student, """
                {"adjustmentId":"grant-%s","studentId":"%s","amount":%d,"reason":"test grant","evidence":"ticket-1"}"""
                .formatted(student, student, amount));
    }

    private static String body(String student) {
        return "{\"studentId\":\"" + student + "\"}";
    }

    private static String participation(String olympiad, String student) {
        return "/api/v1/olympiads/" + olympiad + "/participants/" + student;
    }

    private static String participationStream(String olympiad, String student) {
        return "participation:" + olympiad + ":" + student;
    }

    private static Http.Reply post(String path, String token, String json) {
        return Http.post(stack.apps.commandUrl() + path, token, json, Http.headers("Idempotency-Key", "k-" + suffix()));
    }

    private static JsonNode read(String path, String token) {
        return QueryReads.json(stack, path, token);
    }

    private static JdbcTemplate store() {
        return stack.apps.commandSide().getBean(JdbcTemplate.class);
    }

    private static long eventsOf(String stream, String typeSuffix) {
        return store().queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND payloadType LIKE ?", Long.class, stream, "%" + typeSuffix);
    }

    private static void awaitEvent(String stream, String type, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> eventsOf(stream, type) > 0);
    }

    /** The stored payloads of one event type in the streams matching {@code streamPattern}, in stream order. */
    private static List<JsonNode> payloads(String streamPattern, String type) {
        return store().query("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier LIKE ? "
                        + "AND payloadType LIKE ? ORDER BY aggregateIdentifier, sequenceNumber", (rs, row) -> {
                    try {
                        return JSON.readTree(rs.getBytes(1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, streamPattern, "%." + type);
    }

    /** Prize coins per student paid for the olympiad, from the wallets' events. */
    private static Map<String, Long> prizesPaid(String olympiad) {
        Map<String, Long> paid = new HashMap<>();
        for (JsonNode prize : payloads("wallet:%", "PrizeAwarded")) {
            if (prize.get("olympiadId").asText().equals(olympiad)) {
                paid.merge(prize.get("studentId").asText(), prize.get("amount").asLong(), Long::sum);
            }
        }
        return paid;
    }

    private static void parallel(int n, IntConsumer call) throws Exception {
        QueryReads.parallel(n, 8, call);
    }

    private static String suffixed(String prefix) {
        return prefix + "-" + suffix();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
