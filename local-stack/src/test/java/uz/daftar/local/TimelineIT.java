package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.store.ProcessorPositions;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Explainable progress through HTTP on a real history: the timeline in plain words with keyset paging, every
 * dashboard number as the exact sum of the events its explanation lists, the weekly digest's figures, and nobody's
 * timeline for anyone but the student, a linked parent and admins.
 */
class TimelineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final List<String> POLICIES = List.of("progress-policy", "coin-policy");

    static TestStack stack;
    static Http.Target api;
    static String admin;
    static String student;
    static String parent;
    static LocalDate lastMonday;
    static final List<Answer> answers = new ArrayList<>();

    /** One practice answer sent, as the test expects it to count. */
    record Answer(Instant at, boolean correct, long millis) {
        long xp() {
            return correct ? 10 : 2;
        }
    }

    /**
     * A student with a history over three weeks of their calendar (Asia/Tashkent): two answers on Wednesday the week
     * before last and one at half past eleven on its Sunday night; last week one at half past midnight on Monday (still
     * Sunday in UTC), ten more on Monday, one on Tuesday and Wednesday (a busy day, 100 XP, level 2, a 3-day streak);
     * one answer yesterday and one today; a game score that counts; coins given, spent, set aside and given back; a
     * subscription. Then everything it sets off has been projected.
     */
    @BeforeAll
    static void history() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("timeline-admin", "ADMIN");
        String s = UUID.randomUUID().toString().substring(0, 8);
        student = "tl-" + s;
        parent = "tl-parent-" + s;
        register(student, parent);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, TASHKENT);
        lastMonday = today.with(DayOfWeek.MONDAY).minusWeeks(1);
        LocalDate wednesdayBefore = lastMonday.minusDays(5);
        answer(local(wednesdayBefore, 10, 0), "math.add-10", true, 12_000);
        answer(local(wednesdayBefore, 10, 1), "math.add-10", false, 8_000);
        answer(local(lastMonday.minusDays(1), 23, 30), "math.add-10", true, 6_000);
        answer(local(lastMonday, 0, 30), "math.add-10", false, 6_000);
        for (int i = 0; i < 10; i++) {
            answer(local(lastMonday, 9, i), "math.add-10", i < 8, 5_000);
        }
        answer(local(lastMonday.plusDays(1), 18, 0), "fractions", true, 20_000);
        answer(local(lastMonday.plusDays(2), 18, 0), "fractions", true, 20_000);
        answer(local(today.minusDays(1), 12, 0), "fractions", true, 15_000);
        answer(now.minusSeconds(60), "fractions", true, 15_000);
        settle();
        adjust(4);
        api.require(200, "/api/v1/coins/spends", token(student, "STUDENT"), "tl-spend-" + student, """
                {"spendId":"sticker-1","studentId":"%s","amount":5,"purpose":"a sticker pack"}""".formatted(student));
        api.require(200, "/api/v1/coins/holds", admin, "tl-hold-" + student, """
                {"holdId":"fee-1","studentId":"%s","amount":3,"purpose":"olympiad fee","expiresAt":"%s"}"""
                .formatted(student, now.plus(Duration.ofDays(3))));
        api.require(200, "/api/v1/coins/holds/fee-1/release", admin, "tl-release-" + student,
                "{\"studentId\":\"" + student + "\"}");
        String player = token(student, "STUDENT");
        api.require(201, "/api/v1/games/sessions", player, "tl-game-" + student,
                "{\"sessionId\":\"round-1\",\"studentId\":\"" + student + "\",\"game\":\"GAME_2048\"}");
        api.require(200, "/api/v1/games/sessions/round-1/score", player, "tl-score-" + student, """
                {"studentId":"%s","game":"GAME_2048","score":1800,"durationMillis":180000,"moves":120}"""
                .formatted(student));
        api.require(200, "/api/v1/subscriptions/entitlements", admin, "tl-grant-" + student, """
                {"entitlementId":"ent-1","studentId":"%s","product":"olympiads","validFrom":"%s","validUntil":"%s",\
                "source":"payme-1"}""".formatted(student, now, now.plus(Duration.ofDays(30))));
        settle();
    }

    @Test
    void theTimelineTellsEveryEventInPlainWordsNewestFirstAndPagesWithoutGapsOrRepeats() {
        JsonNode onePage = read(timeline("limit=200"));
        List<JsonNode> all = entries(onePage);
        List<JsonNode> paged = allPages(timeline("limit=7"));

        assertThat(onePage.get("next").isNull()).isTrue();
        assertThat(ids(paged)).isEqualTo(ids(all)).doesNotHaveDuplicates();
        for (int i = 1; i < all.size(); i++) {
            assertThat(Instant.parse(all.get(i).get("occurredAt").asText()))
                    .as("entry %d is not newer than entry %d", i, i - 1)
                    .isBeforeOrEqualTo(Instant.parse(all.get(i - 1).get("occurredAt").asText()));
        }
        List<String> kinds = all.stream().map(e -> e.get("kind").asText()).toList();
        for (int i = 0; i < all.size(); i++) {
            if (kinds.get(i).equals("XpAwarded") && all.get(i).get("sourceId").asText().startsWith("a")) {
                int xp = i;
                assertThat(indexOf(all, "PracticeAnswerRecorded", all.get(i).get("sourceId").asText()))
                        .as("an answer is listed below (before) the XP it earned").isGreaterThan(xp);
            }
        }
        assertThat(kinds(all)).contains("StudentRegistered", "GuardianLinked", "PracticeAnswerRecorded", "XpAwarded",
                "LevelReached", "StreakChanged", "BadgeEarned", "SkillPracticed", "CoinsAwarded", "CoinsAdjusted",
                "CoinsSpent", "CoinsHeld", "HoldReleased", "GameSessionStarted", "GameScoreSubmitted", "ScoreAccepted",
                "EntitlementGranted", "WalletOpened", "ProgressStarted");
        assertThat(descriptions(all)).contains("Answered a quiz question on math.add-10 correctly in 12 s.",
                "Answered a quiz question on math.add-10 in 8 s; not right this time.",
                "Reached level 2 with " + xpWhenLevelTwoWasReached() + " XP (rule levels.v1).",
                "Spent 5 coins on a sticker pack; balance " + (correctAnswers() + 4 - 5) + ".",
                "Earned the badge \"3-day streak\" (rule badges.v1).");
        assertThat(descriptions(all)).anyMatch(d -> d.startsWith("Earned 10 XP for a practice answer "
                + "(rule xp.practice-answer.v1); "));
        assertThat(eventsInTheStore(eventIds(all))).isEqualTo(all.size());
    }

    @Test
    void theTimelineFiltersByKindAndByTime() {
        List<JsonNode> xp = allPages(timeline("kind=XpAwarded&limit=5"));
        Instant from = lastMonday.atStartOfDay(TASHKENT).toInstant();
        Instant to = lastMonday.plusWeeks(1).atStartOfDay(TASHKENT).toInstant();
        List<JsonNode> lastWeek = allPages(timeline("from=" + from + "&to=" + to + "&limit=50"));
        List<JsonNode> coins = allPages(timeline("kind=" + encode("CoinsSpent,HoldReleased")));

        assertThat(xp).hasSize(answers.size() + 1).allSatisfy(entry -> {
            assertThat(entry.get("kind").asText()).isEqualTo("XpAwarded");
            assertThat(entry.get("ruleVersion").asText()).startsWith("xp.");
        });
        assertThat(lastWeek).isNotEmpty().allSatisfy(entry ->
                assertThat(Instant.parse(entry.get("occurredAt").asText())).isAfterOrEqualTo(from).isBefore(to));
        assertThat(lastWeek.stream().filter(e -> e.get("kind").asText().equals("PracticeAnswerRecorded")).count())
                .isEqualTo(answers.stream().filter(a -> !a.at().isBefore(from) && a.at().isBefore(to)).count());
        assertThat(kinds(coins)).containsExactlyInAnyOrder("CoinsSpent", "HoldReleased");
    }

    @Test
    void everyNumberOnTheDashboardIsExactlyTheSumOfTheEventsItsExplanationLists() {
        JsonNode dashboard = read("/api/v1/students/" + student + "/dashboard");
        JsonNode links = dashboard.get("explanations");
        Set<String> timelineIds = new HashSet<>(eventIds(allPages(timeline("limit=200"))));

        assertThat(links.size()).isEqualTo(11);
        for (Iterator<Map.Entry<String, JsonNode>> it = links.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> link = it.next();
            String figure = link.getKey();
            JsonNode first = read(link.getValue().asText() + "?limit=4");
            List<JsonNode> entries = allPages(link.getValue().asText() + "?limit=4");
            long sum = entries.stream().mapToLong(e -> e.get("amount").asLong()).sum();
            long shown = figure.equals("badges") ? dashboard.get("badges").size() : dashboard.get(figure).asLong();

            assertThat(first.get("value").asLong()).as(figure).isEqualTo(shown);
            assertThat(first.get("total").asLong()).as(figure).isEqualTo(sum);
            assertThat(first.get("entryCount").asLong()).as(figure).isEqualTo(entries.size());
            assertThat(figure.equals("practiceMinutes") ? sum / 60_000 : sum).as(figure).isEqualTo(shown);
            assertThat(eventIds(entries)).as(figure).allMatch(timelineIds::contains);
        }
        assertThat(dashboard.get("totalXp").asLong()).isEqualTo(answers.stream().mapToLong(Answer::xp).sum() + 5);
        assertThat(dashboard.get("coinBalance").asLong())
                .isEqualTo(correctAnswers() + 4 - 5);
        assertThat(dashboard.get("level").asInt()).isEqualTo(2);
        assertThat(dashboard.get("badges").size()).isEqualTo(4);
        assertThat(dashboard.get("bestStreak").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(dashboard.get("currentStreak").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anExplanationNamesTheRuleAndTheEventsBehindTheNumber() {
        JsonNode xp = read("/api/v1/students/" + student + "/explanations/totalXp?limit=3");
        JsonNode level = read("/api/v1/students/" + student + "/explanations/level");

        assertThat(xp.get("ruleVersions")).extracting(JsonNode::asText)
                .containsExactly("xp.game-score.v1", "xp.practice-answer.v1");
        assertThat(xp.get("entries")).hasSize(3);
        assertThat(xp.get("next").asText()).isNotBlank();
        assertThat(xp.get("entries").get(0).get("kind").asText()).isEqualTo("XpAwarded");
        assertThat(level.get("entries")).extracting(e -> e.get("kind").asText() + ":" + e.get("amount").asLong())
                .containsExactlyInAnyOrder("LevelReached:1", "ProgressStarted:1");
        assertThat(level.get("ruleVersions")).extracting(JsonNode::asText).containsExactly("levels.v1");
    }

    @Test
    void theDigestSetsLastWeeksFiguresNextToTheWeekBeforeAndEncourages() {
        String week = isoWeek(lastMonday);

        JsonNode digest = read("/api/v1/students/" + student + "/digest?week=" + week);

        JsonNode facts = digest.get("facts");
        assertThat(digest.get("week").asText()).isEqualTo(week);
        assertThat(digest.get("from").asText()).isEqualTo(lastMonday.toString());
        assertThat(digest.get("timeZone").asText()).isEqualTo("Asia/Tashkent");
        assertThat(digest.get("rule").asText()).isEqualTo("digest.v1");
        assertWeek(facts.get("thisWeek"), lastMonday);
        assertWeek(facts.get("lastWeek"), lastMonday.minusWeeks(1));
        assertThat(facts.get("badgesEarned")).extracting(b -> b.get("badgeId").asText())
                .containsExactlyInAnyOrder("busy-day", "xp-100", "streak-3");
        assertThat(facts.get("skillsImproved")).anySatisfy(skill -> {
            assertThat(skill.get("skill").asText()).isEqualTo("fractions");
            assertThat(skill.get("from").isNull()).isTrue();
        });
        assertThat(facts.get("coinsEarned").asLong()).isEqualTo(inWeek(lastMonday).stream().filter(Answer::correct)
                .count());
        assertThat(facts.get("coinsSpent").asLong()).isZero();
        assertThat(digest.get("sentences")).isNotEmpty().allSatisfy(s -> assertThat(s.asText()).matches("[A-Z].*[.!]"));
    }

    @Test
    void theDigestIsOfTheCurrentWeekInTheStudentsTimeZoneUnlessAskedOtherwise() {
        LocalDate thisMonday = lastMonday.plusWeeks(1);

        JsonNode digest = read("/api/v1/students/" + student + "/digest");

        assertThat(digest.get("week").asText()).isEqualTo(isoWeek(thisMonday));
        assertThat(digest.get("facts").get("coinsSpent").asLong()).isEqualTo(5);
        assertThat(digest.get("facts").get("thisWeek").get("xp").asLong())
                .isEqualTo(inWeek(thisMonday).stream().mapToLong(Answer::xp).sum() + 5);
        JsonNode family = read("/api/v1/parents/" + parent + "/children", token(parent, "PARENT"));
        assertThat(family.get("children").get(0).get("digest").get("facts")).isEqualTo(digest.get("facts"));
    }

    @Test
    void aClientThatJustWroteReadsItsOwnWriteInTheTimeline() throws IOException {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String own = "tl-own-" + s;
        register(own, "tl-own-parent-" + s);
        Http.Reply written = api.require(200, "/api/v1/coins/adjustments", admin, "tl-own-gift-" + own, """
                {"adjustmentId":"gift","studentId":"%s","amount":3,"reason":"welcome gift","evidence":"campaign-7"}"""
                .formatted(own));
        String position = JSON.readTree(written.body()).get("position").asText();

        Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + own + "/timeline?kind=CoinsAdjusted",
                token(own, "STUDENT"), Http.headers("Daftar-Wait-For-Position", position));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Daftar-Caught-Up")).isEqualTo("true");
        assertThat(reply.header("Daftar-Watermark")).startsWith("readModel=student-timeline; position=");
        assertThat(JSON.readTree(reply.body()).get("entries").get(0).get("description").asText())
                .isEqualTo("An admin added 3 coins (welcome gift); balance 3.");
    }

    @Test
    void onlyTheStudentALinkedParentAndAdminsReadTheTimelineExplanationsAndDigest() {
        String unknown = "tl-nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String s = UUID.randomUUID().toString().substring(0, 8);
        List<String> strangers = List.of(token("tl-other-parent-" + s, "PARENT"), token("tl-other-" + s, "STUDENT"),
                token("tl-teacher-" + s, "TEACHER"), token("tl-analyst-" + s, "ANALYST"));
        List<String> permitted = List.of(token(student, "STUDENT"), token(parent, "PARENT"), admin);

        for (String path : List.of("/timeline", "/explanations/totalXp", "/explanations/currentStreak", "/digest",
                "/digest?week=" + isoWeek(lastMonday))) {
            for (String stranger : strangers) {
                assertRefused(get("/api/v1/students/" + student + path, stranger), 403);
            }
            assertRefused(get("/api/v1/students/" + unknown + path, token(parent, "PARENT")), 403);
            assertRefused(get("/api/v1/students/" + unknown + path, token(unknown + "-x", "STUDENT")), 403);
            assertRefused(get("/api/v1/students/" + unknown + path, admin), 404);
            for (String allowed : permitted) {
                Http.Reply reply = get("/api/v1/students/" + student + path, allowed);
                assertThat(reply.status()).as(path).isEqualTo(200);
                assertThat(reply.header("Daftar-Watermark")).as(path).isNotBlank();
                assertThat(reply.header("Daftar-Caught-Up")).as(path).isEqualTo("true");
            }
        }
    }

    @Test
    void badParametersAreBadRequestsThatNameTheField() throws IOException {
        String base = "/api/v1/students/" + student;
        Map<String, String> cases = Map.ofEntries(
                Map.entry(base + "/timeline?limit=0", "limit"),
                Map.entry(base + "/timeline?limit=201", "limit"),
                Map.entry(base + "/timeline?from=yesterday", "from"),
                Map.entry(base + "/timeline?from=2026-11-20T00:00:00Z&to=2026-11-19T00:00:00Z", "to"),
                Map.entry(base + "/timeline?kind=Homework", "kind"),
                Map.entry(base + "/timeline?before=" + encode("*!*"), "before"),
                Map.entry(base + "/timeline?before=bm90LWEtY3Vyc29y", "before"),
                Map.entry(base + "/explanations/totalXp?limit=501", "limit"),
                Map.entry(base + "/explanations/totalXp?before=bm90LWEtY3Vyc29y", "before"),
                Map.entry(base + "/digest?week=2026-47", "week"),
                Map.entry(base + "/digest?week=2025-W53", "week"),
                Map.entry(base + "/digest?week=2999-W01", "week"));

        for (Map.Entry<String, String> bad : cases.entrySet()) {
            Http.Reply reply = get(bad.getKey(), token(parent, "PARENT"));

            assertRefused(reply, 400);
            assertThat(JSON.readTree(reply.body()).get("errors").get(0).get("field").asText()).as(bad.getKey())
                    .isEqualTo(bad.getValue());
        }
        assertRefused(get(base + "/explanations/shoeSize", token(parent, "PARENT")), 404);
    }

    private static void assertWeek(JsonNode week, LocalDate monday) {
        List<Answer> in = inWeek(monday);
        assertThat(week.get("answers").asLong()).isEqualTo(in.size());
        assertThat(week.get("correctAnswers").asLong()).isEqualTo(in.stream().filter(Answer::correct).count());
        assertThat(week.get("xp").asLong()).isEqualTo(in.stream().mapToLong(Answer::xp).sum());
        assertThat(week.get("minutes").asLong()).isEqualTo(in.stream().mapToLong(Answer::millis).sum() / 60_000);
        assertThat(week.get("activeDays").asInt()).isEqualTo((int) in.stream()
                .map(a -> LocalDate.ofInstant(a.at(), TASHKENT)).distinct().count());
    }

    private static List<Answer> inWeek(LocalDate monday) {
        Instant from = monday.atStartOfDay(TASHKENT).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(TASHKENT).toInstant();
        return answers.stream().filter(a -> !a.at().isBefore(from) && a.at().isBefore(to)).toList();
    }

    private static void assertRefused(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.raw().uri() + ": " + reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.raw().uri().toString())
                .startsWith("application/problem+json");
    }

    /** Every entry of every page, following {@code next} from the first page of {@code path}. */
    private static List<JsonNode> allPages(String path) {
        List<JsonNode> entries = new ArrayList<>();
        JsonNode page = read(path);
        entries.addAll(entries(page));
        while (page.hasNonNull("next")) {
            page = read(path + (path.contains("?") ? "&" : "?") + "before=" + page.get("next").asText());
            entries.addAll(entries(page));
        }
        return entries;
    }

    /** Where the entry of {@code kind} about {@code sourceId} stands in {@code entries}. */
    private static int indexOf(List<JsonNode> entries, String kind, String sourceId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).get("kind").asText().equals(kind)
                    && entries.get(i).get("sourceId").asText().equals(sourceId)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " entry about " + sourceId);
    }

    private static List<JsonNode> entries(JsonNode page) {
        List<JsonNode> entries = new ArrayList<>();
        page.get("entries").forEach(entries::add);
        return entries;
    }

    private static List<String> eventIds(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("eventId").asText()).toList();
    }

    /** Each entry's event id, with the day it made count for streak entries (one event can cover several days). */
    private static List<String> ids(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("eventId").asText() + (e.hasNonNull("day") ? "@" + e.get("day")
                .asText() : "")).toList();
    }

    /** The running total of XP at the answer that took it to 100 or more (levels.v1: level 2 at 100 XP). */
    private static long xpWhenLevelTwoWasReached() {
        long total = 0;
        for (Answer answer : answers) {
            total += answer.xp();
            if (total >= 100) {
                return total;
            }
        }
        throw new IllegalStateException("the history never reaches 100 XP");
    }

    private static long correctAnswers() {
        return answers.stream().filter(Answer::correct).count();
    }

    private static List<String> kinds(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("kind").asText()).distinct().toList();
    }

    private static List<String> descriptions(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("description").asText()).toList();
    }

    /** How many of the given timeline event ids are events in the store. */
    private static long eventsInTheStore(List<String> eventIds) {
        JdbcTemplate store = stack.apps.commandSide().getBean(JdbcTemplate.class);
        return eventIds.stream().distinct().filter(id -> store.queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE eventIdentifier = ?", Long.class, id) == 1).count();
    }

    private static String timeline(String query) {
        return "/api/v1/students/" + student + "/timeline?" + query;
    }

    private static JsonNode read(String path) {
        return read(path, token(parent, "PARENT"));
    }

    private static JsonNode read(String path, String token) {
        return QueryReads.json(stack, path, token);
    }

    private static Http.Reply get(String path, String token) {
        return Http.get(stack.apps.queryUrl() + path, token, Map.of());
    }

    private static void register(String id, String guardian) {
        api.require(201, "/api/v1/students", admin, "register-" + id, """
                {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                .formatted(id));
        api.require(200, "/api/v1/students/" + id + "/guardians", admin, "link-" + id,
                "{\"guardianId\":\"" + guardian + "\"}");
    }

    private static void answer(Instant at, String skill, boolean correct, long millis) {
        String answerId = "a" + answers.size() + "-" + student;
        api.require(200, "/api/v1/practice/answers", token(student, "STUDENT"), answerId, """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q1",\
                "skill":"%s","givenAnswer":"7","correct":%s,"timeTakenMillis":%d,"answeredAt":"%s"}"""
                .formatted(answerId, student, student, skill, correct, millis, at));
        answers.add(new Answer(at, correct, millis));
    }

    private static void adjust(long amount) {
        api.require(200, "/api/v1/coins/adjustments", admin, "tl-adjust-" + student, """
                {"adjustmentId":"gift","studentId":"%s","amount":%d,"reason":"welcome gift","evidence":"ticket-1"}"""
                .formatted(student, amount));
    }

    /** Waits until the command side's policies have acted on the whole store and every read model has caught up. */
    private static void settle() {
        JdbcTemplate store = stack.apps.commandSide().getBean(JdbcTemplate.class);
        ProcessorPositions positions = stack.apps.commandSide().getBean(ProcessorPositions.class);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            long head = store.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry", Long.class);
            return POLICIES.stream().allMatch(policy -> positions.watermark(policy).orElse(-1) >= head);
        });
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(2));
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(TASHKENT).toInstant();
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String token(String subject, String role) {
        return stack.issuer.token(subject, role);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
