package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.store.ProcessorPositions;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "As of": a simulated history through the real command API (answers on past days for a streak, XP, coins earned
 * and spent, badges, places on the boards), the live dashboard, ledger and places recorded at several moments once
 * every processor has caught up, then the as-of endpoint asked for each moment afterwards: it must answer exactly
 * what was shown live. Also who may ask, and bad moments.
 */
class AsOfIT {

    private static final List<String> PERIODS = List.of("all", "day", "week", "month");

    static TestStack stack;
    static Http.Target api;
    static String admin;

    private record Moment(Instant at, Map<String, JsonNode> shown) {
    }

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("asof-admin", "ADMIN");
    }

    @Test
    void asOfEachMomentIsExactlyWhatTheLiveViewsShowedThen() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String region = RandomRegions.next();
        String centre = "asof-centre-" + s;
        String classId = "asof-class-" + s;
        String teacher = "asof-teacher-" + s;
        List<String> students = List.of("asof-a-" + s, "asof-b-" + s, "asof-c-" + s);
        String a = students.get(0);
        String b = students.get(1);
        String c = students.get(2);
        api.require(201, "/api/v1/centres", admin, "centre-" + s, """
                {"centreId":"%s","name":"Centre","region":"%s"}""".formatted(centre, region));
        api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "t-" + s,
                "{\"teacherId\":\"" + teacher + "\"}");
        api.require(201, "/api/v1/classes", admin, "class-" + s, """
                {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}""".formatted(classId, centre, teacher));
        Instant beforeAnyone = settle();
        for (String student : students) {
            register(student, classId);
        }
        Instant now = Instant.now();
        List<Moment> moments = new ArrayList<>();
        moments.add(record(students, region, classId));

        // a: two days ago and yesterday (a streak), a wrong answer, b and c start today
        answer(a, 1, "math.addition", true, now.minus(Duration.ofDays(2)));
        answer(a, 2, "math.addition", true, now.minus(Duration.ofDays(2)).plusSeconds(60));
        answer(b, 1, "math.addition", true, now.minusSeconds(600));
        moments.add(record(students, region, classId));

        answer(a, 3, "math.addition", false, now.minus(Duration.ofDays(1)));
        answer(a, 4, "math.addition", true, now.minus(Duration.ofDays(1)).plusSeconds(30));
        answer(b, 2, "math.addition", true, now.minusSeconds(500));
        answer(b, 3, "fractions", true, now.minusSeconds(400));
        answer(c, 1, "fractions", true, now.minusSeconds(300));
        moments.add(record(students, region, classId));

        // today: a's third day (streak-3), coins spent, another skill; c overtakes a on today's board
        answer(a, 5, "fractions", true, now.minusSeconds(200));
        api.require(200, "/api/v1/coins/spends", stack.issuer.token(a, "STUDENT"), "spend-a-1-" + s, """
                {"spendId":"sticker-1","studentId":"%s","amount":2,"purpose":"shop"}""".formatted(a));
        for (int i = 2; i <= 4; i++) {
            answer(c, i, "fractions", true, now.minusSeconds(300 - 10L * i));
        }
        moments.add(record(students, region, classId));

        api.require(200, "/api/v1/coins/spends", stack.issuer.token(b, "STUDENT"), "spend-b-1-" + s, """
                {"spendId":"sticker-2","studentId":"%s","amount":1,"purpose":"shop"}""".formatted(b));
        answer(b, 4, "fractions", false, now.minusSeconds(100));
        answer(a, 6, "fractions", true, now.minusSeconds(50));
        moments.add(record(students, region, classId));

        // the history happened: the last moment shows it all
        JsonNode last = moments.get(moments.size() - 1).shown().get(a + "|dashboard");
        assertThat(last.get("answers").asLong()).isEqualTo(6);
        assertThat(last.get("currentStreak").asInt()).isEqualTo(3);
        assertThat(last.get("badges").toString()).contains("streak-3");
        assertThat(last.get("mastery")).hasSize(2);
        assertThat(moments.get(3).shown().get(a + "|ledger").get("entries").toString()).contains("SPEND");
        assertThat(moments.get(1).shown().get(a + "|dashboard").get("totalXp").asLong())
                .isLessThan(last.get("totalXp").asLong());

        // now ask for each moment afterwards, as a parent, the student themself and an admin
        for (Moment moment : moments) {
            for (String student : students) {
                String asker = student.equals(a) ? stack.issuer.token("parent-" + a, "PARENT")
                        : student.equals(b) ? stack.issuer.token(b, "STUDENT") : admin;
                for (String scope : List.of("region:" + region, "class:" + classId, "global")) {
                    JsonNode asOf = QueryReads.json(stack, "/api/v1/students/" + student + "/as-of?at=" + moment.at()
                            + "&scope=" + scope, asker);
                    String when = student + " at " + moment.at() + " on " + scope;
                    assertThat(asOf.get("dashboard")).as(when).isEqualTo(moment.shown().get(student + "|dashboard"));
                    assertThat(asOf.get("ledger")).as(when).isEqualTo(moment.shown().get(student + "|ledger"));
                    for (int p = 0; p < PERIODS.size(); p++) {
                        assertThat(asOf.get("ranks").get(p)).as(when + " " + PERIODS.get(p))
                                .isEqualTo(moment.shown().get(student + "|" + scope + "|" + PERIODS.get(p)));
                    }
                }
            }
        }

        // before the students were registered there is nothing to show
        Http.Reply before = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + a + "/as-of?at=" + beforeAnyone,
                admin, Map.of());
        assertThat(before.status()).isEqualTo(404);
    }

    @Test
    void onlyThoseWhoMayReadTheStudentMayAskAndTheMomentMustBeAPastInstant() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String mine = "asof-mine-" + s;
        String other = "asof-other-" + s;
        for (String student : List.of(mine, other)) {
            api.require(201, "/api/v1/students", admin, "register-" + student, """
                    {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                    .formatted(student));
            api.require(200, "/api/v1/students/" + student + "/guardians", admin, "guardian-" + student,
                    "{\"guardianId\":\"parent-" + student + "\"}");
        }
        String parent = stack.issuer.token("parent-" + mine, "PARENT");
        String at = settle().toString();
        await().atMost(Duration.ofMinutes(1)).until(() -> Http.get(stack.apps.queryUrl() + "/api/v1/students/" + mine
                + "/as-of?at=" + at, parent, Map.of()).status() == 200);

        Http.Reply crossed = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + other + "/as-of?at=" + at,
                parent, Map.of());
        Http.Reply otherChild = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + mine + "/as-of?at=" + at,
                stack.issuer.token(other, "STUDENT"), Map.of());
        Http.Reply garbled = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + mine + "/as-of?at=yesterday",
                parent, Map.of());
        Http.Reply missing = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + mine + "/as-of", parent,
                Map.of());
        Http.Reply future = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + mine + "/as-of?at="
                + Instant.now().plus(Duration.ofHours(1)), parent, Map.of());

        String teacher = stack.issuer.token("asof-teacher-" + s, "TEACHER");
        assertThat(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + mine + "/as-of?at=" + at, teacher,
                Map.of()).status()).as("as for the live dashboard")
                .isEqualTo(Http.get(stack.apps.queryUrl() + "/api/v1/students/" + mine + "/dashboard", teacher,
                        Map.of()).status()).isEqualTo(403);
        assertThat(crossed.status()).isEqualTo(403);
        assertThat(otherChild.status()).isEqualTo(403);
        for (Http.Reply bad : List.of(garbled, missing, future)) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.header("Content-Type"))
                    .startsWith("application/problem+json");
        }
        assertThat(future.body()).contains("\"at\"").contains("future");
    }

    /**
     * Waits until the history is at rest (every processor of both apps, policies included, has handled the newest
     * event, and nothing new arrived meanwhile), then reads each student's live views and stamps them with the
     * moment they were read at. Every event recorded so far is before that moment, every later one after it.
     */
    private static Moment record(List<String> students, String region, String classId) {
        for (int attempt = 0; ; attempt++) {
            long head = headAtRest();
            Map<String, JsonNode> shown = new LinkedHashMap<>();
            String date = Instant.now().atZone(ZoneId.of("Asia/Tashkent")).toLocalDate().toString();
            for (String student : students) {
                shown.put(student + "|dashboard", QueryReads.json(stack, "/api/v1/students/" + student
                        + "/dashboard", admin));
                shown.put(student + "|ledger", QueryReads.json(stack, "/api/v1/students/" + student + "/ledger",
                        admin));
                for (String scope : List.of("region:" + region, "class:" + classId, "global")) {
                    for (String period : PERIODS) {
                        shown.put(student + "|" + scope + "|" + period, QueryReads.json(stack,
                                "/api/v1/leaderboards/xp/students/" + student + "?scope=" + scope + "&period="
                                        + period + "&date=" + date + "&neighbours=0", admin));
                    }
                }
            }
            Instant at = Instant.now();
            pause();
            if (positions().head() == head && date.equals(at.atZone(ZoneId.of("Asia/Tashkent")).toLocalDate()
                    .toString())) {
                return new Moment(at, shown);
            }
            assertThat(attempt).as("the history came to rest while it was read").isLessThan(20);
        }
    }

    /** The moment the history is at rest. */
    private static Instant settle() {
        headAtRest();
        Instant at = Instant.now();
        pause();
        return at;
    }

    private static long headAtRest() {
        long[] head = new long[1];
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
            long before = positions().head();
            JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
            List<String> processors = jdbc.queryForList("SELECT DISTINCT processorName FROM TokenEntry",
                    String.class);
            for (String processor : processors) {
                if (positions().watermark(processor).orElse(-1) < before) {
                    return false;
                }
            }
            head[0] = before;
            return positions().head() == before;
        });
        return head[0];
    }

    private static ProcessorPositions positions() {
        return stack.apps.querySide().getBean(ProcessorPositions.class);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void register(String student, String classId) {
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"Kid %s","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(student, student.substring(5, 6)));
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "guardian-" + student,
                "{\"guardianId\":\"parent-" + student + "\"}");
        api.require(200, "/api/v1/classes/" + classId + "/students", admin, "enrol-" + student,
                "{\"studentId\":\"" + student + "\"}");
    }

    private static void answer(String student, int n, String skill, boolean correct, Instant at) {
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), student + "-ans-" + n, """
                {"answerId":"%s-ans-%d","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q%d",\
                "skill":"%s","givenAnswer":"7","correct":%s,"timeTakenMillis":4000,"answeredAt":"%s"}"""
                .formatted(student, n, student, student, n, skill, correct, at));
    }
}
