package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.leaderboard.DoubleXpLeaderboards;
import uz.daftar.projections.rebuild.ProjectionVersions;
import uz.daftar.projections.rebuild.RebuildView;
import uz.daftar.projections.rebuild.Rebuilds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Blue/green rebuilds of a read model while the platform serves (docs/decisions/0012): the leaderboards rebuilt
 * under query load without going dark, a changed version's diff, an atomic cut-over and a rollback, the cap and who
 * may do what.
 */
class BlueGreenRebuildIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REBUILDS = "/api/v1/admin/rebuilds";

    static TestStack stack;
    static Http.Target api;
    static String admin;
    static String analyst;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("rebuild-admin", "ADMIN");
        analyst = stack.issuer.token("rebuild-analyst", "ANALYST");
    }

    /** No rebuild outlives its test: the cap is one. */
    @AfterEach
    void cancelRunningRebuilds() {
        Rebuilds rebuilds = stack.apps.querySide().getBean(Rebuilds.class);
        rebuilds.all().stream().filter(rebuild -> rebuild.state().active())
                .forEach(rebuild -> post(REBUILDS + "/" + rebuild.id() + "/cancellation", admin, "{}"));
    }

    /** A class of three: first 30 XP, second and third 20 each (the third reached it first); its teacher's token. */
    private record School(String classId, String teacherToken, String first, String second, String third) {
    }

    @Test
    void theLeaderboardsAreRebuiltUnderQueryLoadWithoutGoingDarkAndEqualAFullReplay() throws Exception {
        // given a history (the demo's, its sprint long enough never to close while it is sent), and a school
        // whose boards the readers hammer
        new DemoData(stack.apps.commandUrl(), stack.issuer, 10,
                "rebuild-" + UUID.randomUUID().toString().substring(0, 6) + "-", Duration.ofMinutes(30),
                DemoData.DEMO_PRACTICE_DAYS)
                .seed(Instant.now());
        School school = school();
        ProcessorPositions positions = stack.apps.querySide().getBean(ProcessorPositions.class);
        Load load = new Load(school);
        Appender appender = new Appender(school);
        load.start(4);
        appender.start();
        String id;
        try {
            // when an analyst rebuilds the leaderboards while answers keep coming in
            Http.Reply started = post(REBUILDS, analyst, """
                    {"readModel":"leaderboards","reason":"replay after a fix"}""");
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            JsonNode rebuild = json(started);
            id = rebuild.get("id").asText();
            assertThat(rebuild.get("state").asText()).isEqualTo("BUILDING");
            assertThat(rebuild.get("version").asInt()).isEqualTo(1);
            assertThat(rebuild.get("previousVersion").asInt()).isEqualTo(1);
            long appendedAfterStart = appender.awaitNextPosition();

            List<JsonNode> progress = new ArrayList<>();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
                JsonNode seen = json(get(REBUILDS + "/" + id, analyst));
                progress.add(seen);
                return seen.get("state").asText().equals("CAUGHT_UP");
            });
            JsonNode caughtUp = progress.get(progress.size() - 1);
            assertThat(caughtUp.get("progress").get("percent").asDouble()).isEqualTo(100.0);
            assertThat(caughtUp.get("progress").get("position").asLong())
                    .isGreaterThanOrEqualTo(caughtUp.get("progress").get("targetHead").asLong());
            // the other read models, and the live leaderboards, kept handling what was appended meanwhile
            await().atMost(Duration.ofMinutes(1)).until(() -> Set.of("student-dashboard", "mastery", "leaderboards")
                    .stream().allMatch(group -> positions.watermark(group).orElse(-1) >= appendedAfterStart));
            assertThat(get(REBUILDS, analyst).body()).contains(id);

            // an admin cuts over
            Http.Reply cutOver = post(REBUILDS + "/" + id + "/cut-over", admin, "");
            assertThat(cutOver.status()).as(cutOver.body()).isEqualTo(200);
            assertThat(json(cutOver).get("state").asText()).isEqualTo("CUT_OVER");
            assertThat(json(cutOver).get("rollbackPossible").asBoolean()).isTrue();
            long appendedAfterCutOver = appender.awaitNextPosition();
            await().atMost(Duration.ofMinutes(1)).until(() ->
                    positions.watermark("leaderboards").orElse(-1) >= appendedAfterCutOver);
        } finally {
            appender.stop();
            load.stop();
        }

        // then no reader failed or found the boards empty
        assertThat(load.failures).isEmpty();
        assertThat(load.answered.get()).isGreaterThan(20);
        assertThat(appender.failures).isEmpty();
        // and the rebuilt read model is what a full replay of the leaderboards gives
        ReplayCheck replay = new ReplayCheck(stack.apps.querySide());
        replay.awaitCaughtUp(Duration.ofMinutes(2));
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        Map<String, String> rebuilt = ReadModelDigests.tables(jdbc, ReadModels.LEADERBOARDS);
        StreamingEventProcessor leaderboards = stack.apps.querySide().getBean(EventProcessingConfiguration.class)
                .eventProcessor("leaderboards", StreamingEventProcessor.class).orElseThrow();
        leaderboards.shutDown();
        leaderboards.resetTokens();
        leaderboards.start();
        replay.awaitCaughtUp(Duration.ofMinutes(3));
        assertThat(ReadModelDigests.tables(jdbc, ReadModels.LEADERBOARDS)).isEqualTo(rebuilt);
        assertThat(rebuilt.get("table lb_entry")).doesNotStartWith("0:");
        // the rebuilt tables carry the live index names, so later migrations find them
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' "
                + "AND tablename = 'lb_entry'", String.class)).containsExactlyInAnyOrder("lb_entry_pk",
                "lb_entry_place_idx");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                Long.class, "rb_" + id)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?",
                Long.class, "rb_" + id + "_prev")).isEqualTo(ReadModels.LEADERBOARDS.tables().size());
        // and the analyst's replay and the admin's cut-over are on record
        assertThat(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry WHERE payloadType = ? "
                + "AND convert_from(payload, 'UTF8') LIKE ? ORDER BY globalIndex", String.class,
                "uz.daftar.events.operations.OperatorActed", "%rebuild " + id + "%"))
                .satisfiesExactly(replayed -> assertThat(replayed).contains("REPLAY_STARTED", "rebuild-analyst"),
                        cutOver -> assertThat(cutOver).contains("CUT_OVER", "rebuild-admin"));
    }

    @Test
    void aChangedVersionShowsItsDiffCutsOverAtOnceAndRollsBack() throws Exception {
        // given version 2 of the leaderboards, where XP counts double, offered beside the deployed version 1
        School school = school();
        ProjectionVersions versions = stack.apps.querySide().getBean(ProjectionVersions.class);
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        versions.offer(ReadModels.LEADERBOARDS, 2, () -> new DoubleXpLeaderboards(jdbc));
        try {
            // when it is built
            Http.Reply started = post(REBUILDS, admin, """
                    {"readModel":"leaderboards","reason":"XP counts double"}""");
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            String id = json(started).get("id").asText();
            assertThat(json(started).get("version").asInt()).isEqualTo(2);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> json(get(REBUILDS + "/" + id, admin)).get("state").asText().equals("CAUGHT_UP"));

            // then the diff shows every XP entry doubled, places as they were, game boards untouched
            JsonNode diff = json(get(REBUILDS + "/" + id + "/diff?limit=10000", analyst));
            assertThat(diff.get("liveVersion").asInt()).isEqualTo(1);
            assertThat(diff.get("rebuiltVersion").asInt()).isEqualTo(2);
            assertThat(diff.get("totals").get("boardEntriesChanged").asLong()).isPositive();
            JsonNode first = student(diff, school.first());
            assertThat(first).as("the first student in the diff").isNotNull();
            List<String> boards = new ArrayList<>();
            for (JsonNode change : first.get("boards")) {
                boards.add(change.get("board").asText());
                assertThat(change.get("board").asText()).startsWith("xp/");
                assertThat(change.get("valueAfter").asLong()).isEqualTo(2 * change.get("valueBefore").asLong());
            }
            assertThat(boards).contains("xp/class:" + school.classId() + "/all", "xp/global/all");
            JsonNode classBoard = board(first, "xp/class:" + school.classId() + "/all");
            assertThat(classBoard.get("valueBefore").asLong()).isEqualTo(30);
            assertThat(classBoard.get("valueAfter").asLong()).isEqualTo(60);
            assertThat(student(diff, school.second())).isNotNull();
            JsonNode entries = table(diff, "lb_entry");
            assertThat(entries.get("added").asLong()).isZero();
            assertThat(entries.get("removed").asLong()).isZero();
            assertThat(table(diff, "lb_enrolment").get("changed").asLong()).isZero();

            // when an admin cuts over while a teacher keeps reading the class board
            String board = "/api/v1/leaderboards/xp?scope=class:" + school.classId() + "&period=all";
            List<List<Long>> seen = new CopyOnWriteArrayList<>();
            AtomicBoolean reading = new AtomicBoolean(true);
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    seen.add(values(QueryReads.json(stack, board, school.teacherToken())));
                }
            });
            reader.start();
            Http.Reply cutOver;
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() > 5);
                cutOver = post(REBUILDS + "/" + id + "/cut-over", admin, "");
                int before = seen.size();
                await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() > before + 5);
            } finally {
                reading.set(false);
                reader.join();
            }

            // then readers switch from one version to the other at once, never seeing a mix
            assertThat(cutOver.status()).as(cutOver.body()).isEqualTo(200);
            List<Long> old = List.of(30L, 20L, 20L);
            List<Long> doubled = List.of(60L, 40L, 40L);
            assertThat(seen).allMatch(values -> values.equals(old) || values.equals(doubled));
            int switched = seen.indexOf(doubled);
            assertThat(switched).isPositive();
            assertThat(seen.subList(switched, seen.size())).containsOnly(doubled);
            assertThat(values(QueryReads.json(stack, board, school.teacherToken()))).isEqualTo(doubled);
            assertThat(get(REBUILDS + "/" + id + "/diff", admin).status()).isEqualTo(409);

            // when an admin rolls back, the previous version's answers are back at once
            Http.Reply rolledBack = post(REBUILDS + "/" + id + "/rollback", admin, """
                    {"reason":"double XP was a mistake"}""");
            assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(200);
            assertThat(json(rolledBack).get("state").asText()).isEqualTo("ROLLED_BACK");
            assertThat(values(QueryReads.json(stack, board, school.teacherToken()))).isEqualTo(old);
            // and the previous version goes on with new events
            answer(school.third(), 9, Instant.now().minusSeconds(1));
            await().atMost(Duration.ofMinutes(1)).until(() ->
                    values(QueryReads.json(stack, board, school.teacherToken())).equals(List.of(30L, 30L, 20L)));
            assertThat(post(REBUILDS + "/" + id + "/rollback", admin, "{}").status()).isEqualTo(409);
        } finally {
            versions.withdraw(ReadModels.LEADERBOARDS, 2);
        }
    }

    @Test
    void rebuildsAreCappedAndForAnalystsAndAdminsOnly() {
        for (String role : List.of("STUDENT", "TEACHER", "PARENT", "CENTRE_ADMIN")) {
            String token = stack.issuer.token("rebuild-" + role.toLowerCase(), role);
            Http.Reply start = post(REBUILDS, token, """
                    {"readModel":"badges","reason":"curious"}""");
            assertThat(start.status()).as(role).isEqualTo(403);
            assertThat(start.header("Content-Type")).startsWith("application/problem+json");
            assertThat(get(REBUILDS, token).status()).as(role).isEqualTo(403);
        }
        Http.Reply unknown = post(REBUILDS, analyst, """
                {"readModel":"horoscopes","reason":"curious"}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(post(REBUILDS, analyst, "{\"readModel\":\"badges\"}").status()).isEqualTo(400);
        assertThat(post(REBUILDS, analyst, """
                {"readModel":"activity-index","reason":"new mapping"}""").status()).isEqualTo(409);

        // one rebuild at a time (daftar.rebuild.max-concurrent=1)
        Http.Reply started = post(REBUILDS, analyst, """
                {"readModel":"badges","reason":"replay"}""");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = json(started).get("id").asText();
        Http.Reply capped = post(REBUILDS, analyst, """
                {"readModel":"mastery","reason":"replay"}""");
        assertThat(capped.status()).isEqualTo(409);
        assertThat(capped.header("Content-Type")).startsWith("application/problem+json");
        assertThat(capped.body()).contains("Too many rebuilds");
        assertThat(post(REBUILDS, admin, """
                {"readModel":"badges","reason":"again"}""").status()).isEqualTo(409);

        // cut-over and rollback are an admin's; an analyst may cancel
        assertThat(post(REBUILDS + "/" + id + "/cut-over", analyst, "").status()).isEqualTo(403);
        assertThat(post(REBUILDS + "/" + id + "/rollback", analyst, "{}").status()).isEqualTo(403);
        assertThat(post(REBUILDS + "/unknown1/cut-over", admin, "").status()).isEqualTo(404);
        assertThat(post(REBUILDS + "/" + id + "/rollback", admin, "{}").status()).isEqualTo(409);
        Http.Reply cancelled = post(REBUILDS + "/" + id + "/cancellation", analyst, """
                {"reason":"not needed"}""");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(json(cancelled).get("state").asText()).isEqualTo("CANCELLED");
        assertThat(post(REBUILDS + "/" + id + "/cancellation", analyst, "{}").status()).isEqualTo(409);
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                Long.class, "rb_" + id)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM TokenEntry WHERE processorName = ?", Long.class,
                "rebuild-" + id)).isZero();
        // the cap is free again
        Http.Reply next = post(REBUILDS, analyst, """
                {"readModel":"mastery","reason":"replay"}""");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
    }

    /** Readers of the school's boards and dashboards on several threads, counting what failed or came back empty. */
    private static final class Load {

        private final School school;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong answered = new AtomicLong();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();

        Load(School school) {
            this.school = school;
        }

        void start(int clients) {
            for (int i = 0; i < clients; i++) {
                int client = i;
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        read(client);
                    }
                }, "rebuild-load-" + i);
                threads.add(thread);
                thread.start();
            }
        }

        private void read(int client) {
            String path;
            String token;
            switch (client % 3) {
                case 0 -> {
                    path = "/api/v1/leaderboards/xp?scope=class:" + school.classId() + "&period=all";
                    token = school.teacherToken();
                }
                case 1 -> {
                    path = "/api/v1/leaderboards/xp/students/" + school.second() + "?scope=class:"
                            + school.classId() + "&period=all";
                    token = stack.issuer.token(school.second(), "STUDENT");
                }
                default -> {
                    path = "/api/v1/students/" + school.first() + "/dashboard";
                    token = stack.issuer.token("parent-" + school.first(), "PARENT");
                }
            }
            try {
                Http.Reply reply = Http.get(stack.apps.queryUrl() + path, token, Map.of());
                if (reply.status() != 200) {
                    failures.add(path + " answered " + reply.status() + ": " + reply.body());
                    return;
                }
                JsonNode body = JSON.readTree(reply.body());
                boolean dark = switch (client % 3) {
                    case 0 -> body.get("ranked").asLong() < 3 || body.get("entries").size() < 3;
                    case 1 -> body.get("rank").isNull() || body.get("value").asLong() < 20;
                    default -> false;
                };
                if (dark) {
                    failures.add(path + " answered without the school: " + reply.body());
                }
                answered.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                failures.add(path + " failed: " + e);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /** Answers by another student of the school, one every 100 ms, each noting the position it was appended at. */
    private final class Appender {

        private final School school;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Long> appended = Collections.synchronizedList(new ArrayList<>());
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final String student;
        private Thread thread;

        Appender(School school) {
            this.school = school;
            this.student = "rb-busy-" + UUID.randomUUID().toString().substring(0, 8);
        }

        void start() {
            enrol(student, school.classId(), "Busy");
            thread = new Thread(() -> {
                int n = 0;
                while (running.get()) {
                    try {
                        Http.Reply reply = answer(student, n++, Instant.now().minusSeconds(1));
                        appended.add(Long.parseLong(QueryReads.positionOf(reply)));
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
            }, "rebuild-appender");
            thread.start();
        }

        /** The position of the next answer appended from now on. */
        long awaitNextPosition() {
            int count = appended.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> appended.size() > count);
            return appended.get(count);
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    private School school() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String centre = "rb-centre-" + s;
        String teacher = "rb-teacher-" + s;
        School c = new School("rb-class-" + s, stack.issuer.token(teacher, "TEACHER"), "rb-first-" + s, "rb-second-" + s,
                "rb-third-" + s);
        api.require(201, "/api/v1/centres", admin, "centre-" + s, """
                {"centreId":"%s","name":"Centre","region":"%s"}""".formatted(centre, RandomRegions.next()));
        api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "t-" + teacher,
                "{\"teacherId\":\"" + teacher + "\"}");
        api.require(201, "/api/v1/classes", admin, "class-" + c.classId(), """
                {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}"""
                .formatted(c.classId(), centre, teacher));
        enrol(c.first(), c.classId(), "Aziza");
        enrol(c.second(), c.classId(), "Bobur");
        enrol(c.third(), c.classId(), "Dilnoza");
        Instant base = Instant.now().minusSeconds(900);
        for (int i = 0; i < 3; i++) {
            answer(c.first(), i, base.plusSeconds(10L * i));
        }
        answer(c.third(), 0, base.plusSeconds(40));
        answer(c.third(), 1, base.plusSeconds(50));
        answer(c.second(), 0, base.plusSeconds(60));
        answer(c.second(), 1, base.plusSeconds(70));
        // XP follows the answers through the command side's policy: wait for it on the board and the dashboard
        String board = "/api/v1/leaderboards/xp?scope=class:" + c.classId() + "&period=all";
        String parent = stack.issuer.token("parent-" + c.first(), "PARENT");
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() ->
                values(QueryReads.json(stack, board, c.teacherToken())).equals(List.of(30L, 20L, 20L))
                        && QueryReads.json(stack, "/api/v1/students/" + c.first() + "/dashboard", parent) != null);
        return c;
    }

    private static void enrol(String student, String classId, String name) {
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"%s","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student, name));
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "guardian-" + student,
                "{\"guardianId\":\"parent-" + student + "\"}");
        api.require(200, "/api/v1/classes/" + classId + "/students", admin, "enrol-" + student,
                "{\"studentId\":\"" + student + "\"}");
    }

    private static Http.Reply answer(String student, int n, Instant at) {
        return api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"),
                student + "-ans-" + n, """
                {"answerId":"%s-ans-%d","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q%d",\
                "skill":"math.addition","givenAnswer":"7","correct":true,"timeTakenMillis":4000,"answeredAt":"%s"}"""
                        .formatted(student, n, student, student, n, at));
    }

    private static List<Long> values(JsonNode board) {
        List<Long> values = new ArrayList<>();
        board.get("entries").forEach(entry -> values.add(entry.get("value").asLong()));
        return values;
    }

    private static JsonNode student(JsonNode diff, String studentId) {
        for (JsonNode student : diff.get("students")) {
            if (student.get("studentId").asText().equals(studentId)) {
                return student;
            }
        }
        return null;
    }

    private static JsonNode board(JsonNode student, String board) {
        for (JsonNode change : student.get("boards")) {
            if (change.get("board").asText().equals(board)) {
                return change;
            }
        }
        throw new AssertionError("no change on " + board + " in " + student);
    }

    private static JsonNode table(JsonNode diff, String table) {
        for (JsonNode change : diff.get("tables")) {
            if (change.get("table").asText().equals(table)) {
                return change;
            }
        }
        throw new AssertionError("no table " + table + " in " + diff);
    }

    private static Http.Reply post(String path, String token, String json) {
        return Http.post(stack.apps.queryUrl() + path, token, json, Map.of());
    }

    private static Http.Reply get(String path, String token) {
        return Http.get(stack.apps.queryUrl() + path, token, Map.of());
    }

    private static JsonNode json(Http.Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
