package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * XP and game leaderboards through HTTP on real PostgreSQL: places and ties, the neighbours-only view, names only
 * inside one's own class, opt-out, and who may read which board.
 */
class LeaderboardIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TestStack stack;
    static Http.Target api;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("leaderboard-admin", "ADMIN");
    }

    /**
     * A centre in a region of its own with class A (first 30 XP, then second and third at 20 XP each, the
     * third having reached it first) and class B (fourth, 10 XP).
     */
    private record School(String region, String centre, String classA, String classB, String teacherA,
                          String teacherB, String first, String second, String third, String fourth) {

        String parentOf(String student) {
            return "parent-" + student;
        }
    }

    private School school() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        // a region of its own (ISO 3166-2 shape), so that the region's board holds this school only
        String region = RandomRegions.next();
        School c = new School(region, "lb-centre-" + s, "lb-a-" + s, "lb-b-" + s, "lb-ta-" + s, "lb-tb-" + s,
                "lb-first-" + s, "lb-second-" + s, "lb-third-" + s, "lb-fourth-" + s);
        api.require(201, "/api/v1/centres", admin, "centre-" + s, """
                {"centreId":"%s","name":"Centre","region":"%s"}""".formatted(c.centre(), c.region()));
        for (String teacher : List.of(c.teacherA(), c.teacherB())) {
            api.require(200, "/api/v1/centres/" + c.centre() + "/teachers", admin, "t-" + teacher,
                    "{\"teacherId\":\"" + teacher + "\"}");
        }
        openClass(c.classA(), c.centre(), c.teacherA());
        openClass(c.classB(), c.centre(), c.teacherB());
        Instant base = Instant.now().minusSeconds(900);
        enrol(c, c.first(), c.classA(), "Aziza");
        enrol(c, c.second(), c.classA(), "Bobur");
        enrol(c, c.third(), c.classA(), "Dilnoza");
        enrol(c, c.fourth(), c.classB(), "Jasur");
        for (int i = 0; i < 3; i++) {
            answer(c.first(), i, base.plusSeconds(10L * i));
        }
        answer(c.third(), 0, base.plusSeconds(40));
        answer(c.third(), 1, base.plusSeconds(50));
        answer(c.second(), 0, base.plusSeconds(60));
        answer(c.second(), 1, base.plusSeconds(70));
        answer(c.fourth(), 0, base.plusSeconds(80));
        String regionBoard = "/api/v1/leaderboards/xp?scope=region:" + c.region() + "&period=all";
        // the last child's guardian and enrolment come last: once their parent sees the child as theirs, and may
        // read the child's class board, every link and enrolment of that child is in. The read models share their
        // work out by student, so the other children's enrolments and names may still be on their way: class A's
        // teacher must see all three names (in any order) before anything is compared
        String lastParent = stack.issuer.token(c.parentOf(c.fourth()), "PARENT");
        String teacherA = stack.issuer.token(c.teacherA(), "TEACHER");
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> {
            JsonNode board = read(regionBoard, lastParent);
            List<String> classA = new ArrayList<>();
            read("/api/v1/leaderboards/xp?scope=class:" + c.classA() + "&period=all", teacherA).get("entries")
                    .forEach(entry -> classA.add(entry.get("player").asText()));
            return board.get("ranked").asLong() == 4 && board.get("entries").get(3).get("value").asLong() == 10
                    && board.get("entries").get(3).get("mine").asBoolean()
                    && Http.get(stack.apps.queryUrl() + "/api/v1/leaderboards/xp?scope=class:" + c.classB(),
                    lastParent, Map.of()).status() == 200
                    && classA.containsAll(List.of("Aziza", "Bobur", "Dilnoza"));
        });
        return c;
    }

    @Test
    void theClassBoardShowsItsMembersByNameInOrderWithTiesToWhoReachedTheValueFirst() {
        School c = school();

        JsonNode board = read("/api/v1/leaderboards/xp?scope=class:" + c.classA() + "&period=all",
                stack.issuer.token(c.teacherA(), "TEACHER"));

        assertThat(board.get("board").asText()).isEqualTo("xp/class:" + c.classA() + "/all");
        assertThat(board.get("ranked").asLong()).isEqualTo(3);
        JsonNode entries = board.get("entries");
        assertThat(List.of(entries.get(0).get("player").asText(), entries.get(1).get("player").asText(),
                entries.get(2).get("player").asText())).containsExactly("Aziza", "Dilnoza", "Bobur");
        assertThat(entries.get(0).get("value").asLong()).isEqualTo(30);
        assertThat(entries.get(1).get("value").asLong()).isEqualTo(20);
        assertThat(entries.get(1).get("studentId").asText()).isEqualTo(c.third());
        assertThat(entries.get(2).get("rank").asLong()).isEqualTo(3);

        JsonNode seenByClassmate = read("/api/v1/leaderboards/xp?scope=class:" + c.classA() + "&period=all",
                stack.issuer.token(c.second(), "STUDENT")).get("entries");
        assertThat(seenByClassmate.get(0).get("player").asText()).isEqualTo("Aziza");
        assertThat(seenByClassmate.get(0).get("studentId").isNull()).isTrue();
        assertThat(seenByClassmate.get(2).get("mine").asBoolean()).isTrue();
        assertThat(seenByClassmate.get(2).get("studentId").asText()).isEqualTo(c.second());
    }

    @Test
    void outsideTheClassChildrenAppearUnderPseudonymsAndAParentSeesOnlyTheirOwnChildById() {
        School c = school();

        JsonNode entries = read("/api/v1/leaderboards/xp?scope=region:" + c.region() + "&period=all",
                stack.issuer.token(c.parentOf(c.fourth()), "PARENT")).get("entries");

        assertThat(entries).hasSize(4);
        for (int i = 0; i < 3; i++) {
            assertThat(entries.get(i).get("player").asText()).startsWith("Player ").doesNotContain("Aziza");
            assertThat(entries.get(i).get("studentId").isNull()).isTrue();
        }
        assertThat(entries.get(3).get("mine").asBoolean()).isTrue();
        assertThat(entries.get(3).get("studentId").asText()).isEqualTo(c.fourth());
        JsonNode centre = read("/api/v1/leaderboards/xp?scope=centre:" + c.centre() + "&period=all",
                stack.issuer.token(c.fourth(), "STUDENT"));
        // the same child, but a pseudonym of the centre's board: places cannot be linked across boards
        assertThat(centre.get("entries").get(0).get("player").asText()).startsWith("Player ")
                .isNotEqualTo(entries.get(0).get("player").asText());
        assertThat(centre.get("entries").get(0).get("value").asLong()).isEqualTo(30);
        String today = Instant.now().atZone(ZoneId.of("Asia/Tashkent")).toLocalDate().toString();
        JsonNode day = read("/api/v1/leaderboards/xp?scope=region:" + c.region() + "&period=day&date=" + today,
                admin);
        assertThat(day.get("board").asText()).isEqualTo("xp/region:" + c.region() + "/day:" + today);
    }

    @Test
    void aStudentSeesOnlyTheirOwnPlaceAndTheirNeighbours() {
        School c = school();

        JsonNode rank = read("/api/v1/leaderboards/xp/students/" + c.second() + "?scope=region:" + c.region()
                + "&period=all&neighbours=1", stack.issuer.token(c.second(), "STUDENT"));

        assertThat(rank.get("rank").asLong()).isEqualTo(3);
        assertThat(rank.get("value").asLong()).isEqualTo(20);
        assertThat(rank.get("ranked").asLong()).isEqualTo(4);
        assertThat(rank.get("above")).hasSize(1);
        assertThat(rank.get("above").get(0).get("rank").asLong()).isEqualTo(2);
        assertThat(rank.get("below").get(0).get("rank").asLong()).isEqualTo(4);
        assertThat(rank.get("below").get(0).get("player").asText()).startsWith("Player ");
    }

    @Test
    void aParentUnlistsTheirChildWhoThenIsNeitherShownNorCounted() {
        School c = school();
        String parent = stack.issuer.token(c.parentOf(c.first()), "PARENT");
        Http.Reply stranger = api.require(403, "/api/v1/students/" + c.first() + "/leaderboard-visibility",
                stack.issuer.token(c.parentOf(c.fourth()), "PARENT"), "unlist-stranger-" + c.first(),
                "{\"listed\":false}");
        assertThat(stranger.header("Content-Type")).startsWith("application/problem+json");

        Http.Reply unlisted = api.require(200, "/api/v1/students/" + c.first() + "/leaderboard-visibility", parent,
                "unlist-" + c.first(), "{\"listed\":false}");

        String position = QueryReads.positionOf(unlisted);
        JsonNode board = read("/api/v1/leaderboards/xp?scope=region:" + c.region() + "&period=all", admin,
                position);
        assertThat(board.get("ranked").asLong()).isEqualTo(3);
        assertThat(board.get("entries").get(0).get("studentId").asText()).isEqualTo(c.third());
        JsonNode own = read("/api/v1/leaderboards/xp/students/" + c.first() + "?scope=region:" + c.region()
                + "&period=all", parent, position);
        assertThat(own.get("listed").asBoolean()).isFalse();
        assertThat(own.get("value").asLong()).isEqualTo(30);
        assertThat(own.get("rank").isNull()).isTrue();
        assertThat(own.get("above")).isEmpty();
    }

    @Test
    void aGameBoardRanksBestAcceptedScores() {
        School c = school();
        for (String student : List.of(c.first(), c.second())) {
            String token = stack.issuer.token(student, "STUDENT");
            api.require(201, "/api/v1/games/sessions", token, "lb-start-" + student, """
                    {"sessionId":"lb-round-1","studentId":"%s","game":"GAME_2048"}""".formatted(student));
        }
        api.require(200, "/api/v1/games/sessions/lb-round-1/score", stack.issuer.token(c.first(), "STUDENT"),
                "lb-score-" + c.first(), score2048(c.first(), 900));
        Http.Reply last = api.require(200, "/api/v1/games/sessions/lb-round-1/score",
                stack.issuer.token(c.second(), "STUDENT"), "lb-score-" + c.second(), score2048(c.second(), 1500));

        JsonNode board = read("/api/v1/leaderboards/games/GAME_2048?scope=class:" + c.classA() + "&period=all",
                stack.issuer.token(c.teacherA(), "TEACHER"), QueryReads.positionOf(last));

        assertThat(board.get("entries")).hasSize(2);
        assertThat(board.get("entries").get(0).get("studentId").asText()).isEqualTo(c.second());
        assertThat(board.get("entries").get(0).get("value").asLong()).isEqualTo(1500);
        JsonNode rank = read("/api/v1/leaderboards/games/GAME_2048/students/" + c.first() + "?scope=class:"
                + c.classA() + "&period=all", stack.issuer.token(c.first(), "STUDENT"));
        assertThat(rank.get("rank").asLong()).isEqualTo(2);
        assertThat(rank.get("above").get(0).get("player").asText()).isEqualTo("Bobur");
    }

    @Test
    void theClassBoardIsStreamedLiveAndMovesWhenAClassmateOvertakes() throws Exception {
        School c = school();
        String url = stack.apps.queryUrl() + "/api/v1/leaderboards/xp/stream?scope=class:" + c.classA()
                + "&period=all";

        try (LiveStream stream = LiveStream.open(url, stack.issuer.token(c.parentOf(c.second()), "PARENT"))) {
            JsonNode first = JSON.readTree(stream.nextData(Duration.ofSeconds(10)));
            assertThat(first.get("entries").get(0).get("player").asText()).isEqualTo("Aziza");

            Instant now = Instant.now().minusSeconds(5);
            for (int i = 2; i < 4; i++) {
                answer(c.second(), i, now.plusMillis(i));
            }

            JsonNode pushed = JSON.readTree(stream.nextData(Duration.ofSeconds(30)));
            while (pushed.get("entries").get(0).get("value").asLong() < 40) {
                pushed = JSON.readTree(stream.nextData(Duration.ofSeconds(30)));
            }
            assertThat(pushed.get("entries").get(0).get("player").asText()).isEqualTo("Bobur");
            assertThat(pushed.get("entries").get(0).get("mine").asBoolean()).isTrue();
        }
        Http.Reply outsider = Http.get(url, stack.issuer.token(c.teacherB(), "TEACHER"), Map.of());
        assertThat(outsider.status()).isEqualTo(403);
    }

    @Test
    void boardsAndPlacesAreRefusedToThoseOutsideThem() {
        School c = school();
        String classA = "/api/v1/leaderboards/xp?scope=class:" + c.classA() + "&period=all";
        String centre = "/api/v1/leaderboards/xp?scope=centre:" + c.centre() + "&period=all";
        String firstsPlace = "/api/v1/leaderboards/xp/students/" + c.first() + "?period=all";

        Map<String, String> refused = Map.of(
                classA, stack.issuer.token(c.teacherB(), "TEACHER"),
                classA + "&limit=5", stack.issuer.token(c.parentOf(c.fourth()), "PARENT"),
                centre, stack.issuer.token("outsider-" + c.first(), "STUDENT"),
                firstsPlace, stack.issuer.token(c.second(), "STUDENT"),
                firstsPlace + "&neighbours=1", stack.issuer.token(c.parentOf(c.second()), "PARENT"),
                "/api/v1/leaderboards/games/TETRIS/students/" + c.first(), stack.issuer.token(c.teacherB(), "TEACHER"));
        refused.forEach((path, token) -> {
            Http.Reply reply = Http.get(stack.apps.queryUrl() + path, token, Map.of());
            assertThat(reply.status()).as(path).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        });
        assertThat(Http.get(stack.apps.queryUrl() + centre, stack.issuer.token(c.teacherB(), "TEACHER"), Map.of())
                .status()).isEqualTo(200);
    }

    @Test
    void badParametersAreRefusedWithFieldLevelProblems() {
        String token = stack.issuer.token("lb-bad-" + UUID.randomUUID(), "STUDENT");
        for (String path : List.of("/api/v1/leaderboards/xp?scope=planet:mars", "/api/v1/leaderboards/xp?limit=0",
                "/api/v1/leaderboards/xp?period=year", "/api/v1/leaderboards/xp?date=yesterday",
                "/api/v1/leaderboards/games/CHESS")) {
            Http.Reply reply = Http.get(stack.apps.queryUrl() + path, token, Map.of());
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        Http.Reply scope = Http.get(stack.apps.queryUrl() + "/api/v1/leaderboards/xp?scope=planet:mars", token,
                Map.of());
        assertThat(scope.body()).contains("\"field\":\"scope\"");
    }

    private static JsonNode read(String path, String token) {
        return QueryReads.json(stack, path, token);
    }

    private static JsonNode read(String path, String token, String position) {
        return QueryReads.json(stack, path, token, position);
    }

    private static void openClass(String classId, String centre, String teacher) {
        api.require(201, "/api/v1/classes", admin, "class-" + classId, """
                {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}""".formatted(classId, centre, teacher));
    }

    private static void enrol(School c, String student, String classId, String name) {
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"%s","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student, name));
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "guardian-" + student,
                "{\"guardianId\":\"" + c.parentOf(student) + "\"}");
        api.require(200, "/api/v1/classes/" + classId + "/students", admin, "enrol-" + student,
                "{\"studentId\":\"" + student + "\"}");
    }

    private static void answer(String student, int n, Instant at) {
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), student + "-ans-" + n, """
                {"answerId":"%s-ans-%d","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q%d",\
                "skill":"math.addition","givenAnswer":"7","correct":true,"timeTakenMillis":4000,"answeredAt":"%s"}"""
                .formatted(student, n, student, student, n, at));
    }

    private static String score2048(String student, long score) {
        return """
                {"studentId":"%s","game":"GAME_2048","score":%d,"durationMillis":180000,"moves":400}"""
                .formatted(student, score);
    }
}
