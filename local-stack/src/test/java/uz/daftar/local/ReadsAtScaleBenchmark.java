package uz.daftar.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.projections.leaderboard.Entry;
import uz.daftar.projections.leaderboard.EntryChange;
import uz.daftar.projections.leaderboard.EntryVersion;
import uz.daftar.projections.leaderboard.LeaderboardReader;
import uz.daftar.projections.leaderboard.LeaderboardWriter;
import uz.daftar.query.dashboard.DashboardQueryHandler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * The reads people look at most, with the platform's {@code daftar.benchmark.students} (3,000,000) students in the
 * read models: the student dashboard, the leaderboard's top 100 and "my rank" with neighbours, each through the query
 * side's HTTP API with the student's own token (security, access check, watermark, query bus, JSON), and, for
 * contrast, the same reads straight from the readers in the same JVM. {@code daftar.benchmark.clients} (8) concurrent
 * readers, {@code daftar.benchmark.queries} (20,000) reads of distinct random students per figure.
 * <p>
 * How the read models reach 3 million students:
 * <ul>
 *     <li>dashboards: {@code daftar.benchmark.templates} (200) students are registered and practise through the
 *     command API ({@link LoadGenerator}, 60 s closed loop), so their dashboard, skill mastery and badge rows are
 *     written by the projections themselves; those rows are then copied, unchanged but for the student id, to 3
 *     million students (copy {@code i} of template {@code i mod templates}). Copies keep their template's data key,
 *     so every dashboard read opens a real sealed profile; the key table is filled to 3 million keys as well, so its
 *     lookup is at platform size;</li>
 *     <li>the global all-time XP board: 3 million entries (XP skewed towards the low end, reached over a year) through
 *     the projection's own writer ({@link LeaderboardWriter}, the batch path every unit of work takes), after a
 *     region board of a tenth of that size, so both sizes are compared within one run.</li>
 * </ul>
 * Results go to {@code daftar.benchmark.results} as {@code reads-at-scale.txt}, with a Flight Recorder profile of the
 * HTTP dashboard reads. Not a test: it asserts nothing about speed and runs only with {@code -Pbenchmark}.
 */
class ReadsAtScaleBenchmark {

    private static final int STUDENTS = Integer.getInteger("daftar.benchmark.students", 3_000_000);
    private static final int TEMPLATES = Integer.getInteger("daftar.benchmark.templates", 200);
    private static final int CLIENTS = Integer.getInteger("daftar.benchmark.clients", 8);
    private static final int QUERIES = Integer.getInteger("daftar.benchmark.queries", 20_000);
    private static final long SEED = Long.getLong("daftar.benchmark.seed", 9L);
    private static final int BATCH = 5_000;
    private static final String LARGE = "xp/global/all";
    private static final String TENTH = "xp/region:BENCH/all";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder results = new StringBuilder();

    @Test
    void readsAtThreeMillionStudents() throws Exception {
        TestStack stack = TestStack.get();
        String prefix = "R" + UUID.randomUUID().toString().substring(0, 6) + "-";
        LoadGenerator templates = new LoadGenerator(stack.apps.commandUrl(), stack.issuer, TEMPLATES, prefix, SEED);
        templates.setup(8, Duration.ofHours(2));
        LoadGenerator.Result practice = templates.closedLoop(32, Duration.ofSeconds(60), null);
        PlatformBenchmark.awaitAllProcessors(stack);
        line("templates: %d students, %,d actions through the command API", TEMPLATES, practice.accepted());

        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        String copies = prefix + "c";
        timed("copy dashboards", () -> copy(jdbc, "student_dashboard", prefix + "s%", copies));
        timed("copy skill mastery", () -> copy(jdbc, "skill_mastery", prefix + "s%", copies));
        timed("copy badges", () -> copy(jdbc, "student_badge", prefix + "s%", copies));
        timed("fill the key table", () -> jdbc.update("""
                INSERT INTO personal_data_key (key_id, wrapped_key, created_at)
                SELECT CAST(? AS text) || g, (SELECT wrapped_key FROM personal_data_key LIMIT 1), now()
                FROM generate_series(1, ?) g
                """, prefix + "filler-", STUDENTS));
        for (String table : List.of("student_dashboard", "skill_mastery", "student_badge", "personal_data_key")) {
            line("%s: %,d rows", table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        LeaderboardWriter writer = new LeaderboardWriter(jdbc);
        timed("board " + TENTH, () -> board(writer, TENTH, STUDENTS / 10, copies));
        timed("board " + LARGE, () -> board(writer, LARGE, STUDENTS, copies));
        for (String table : List.of("student_dashboard", "skill_mastery", "student_badge", "personal_data_key",
                "lb_entry", "lb_count")) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }

        int[] picks = new Random(11).ints(QUERIES, 0, STUDENTS).toArray();
        String[] tokens = new String[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            tokens[i] = stack.issuer.token(copies + picks[i], "STUDENT");
        }
        String api = stack.apps.queryUrl() + "/api/v1";
        Path directory = Path.of(System.getProperty("daftar.benchmark.results", "target/benchmarks"));
        Files.createDirectories(directory);
        Profiles.postgresPort = stack.postgres.port();
        Profiles.Phase profile = Profiles.start("reads-http-dashboard", directory);
        measure("HTTP dashboard", i -> ok(Http.get(api + "/students/" + copies + picks[i] + "/dashboard",
                tokens[i], Map.of())));
        line("profile of the HTTP dashboard reads: %s", JSON.writeValueAsString(profile.stop("http-nio")));
        measure("HTTP top 100 of " + LARGE, i -> ok(Http.get(api + "/leaderboards/xp?scope=global&period=all"
                + "&limit=100", tokens[i], Map.of())));
        measure("HTTP my rank + 2 neighbours on " + LARGE, i -> ok(Http.get(api + "/leaderboards/xp/students/"
                + copies + picks[i] + "?scope=global&period=all&neighbours=2", tokens[i], Map.of())));

        DashboardQueryHandler dashboards = stack.apps.querySide().getBean(DashboardQueryHandler.class);
        LeaderboardReader reader = stack.apps.querySide().getBean(LeaderboardReader.class);
        measure("reader: dashboard (query handler, profile opened)",
                i -> dashboards.dashboardOf(copies + picks[i]).orElseThrow());
        for (String board : List.of(TENTH, LARGE)) {
            int size = board.equals(LARGE) ? STUDENTS : STUDENTS / 10;
            measure("reader: top 100 of " + board, i -> reader.top(board, 100));
            measure("reader: my rank + 2 neighbours on " + board,
                    i -> reader.standing(board, copies + picks[i] % size, 2));
        }

        Files.writeString(directory.resolve("reads-at-scale.txt"), results);
        System.out.println(results);
    }

    /**
     * Copies every row of {@code table} that belongs to a template student (id like {@code templates}) to
     * {@link #STUDENTS} students {@code copies0..}: copy {@code i} gets the rows of the {@code i mod n}th template,
     * unchanged but for the student id.
     */
    private static void copy(JdbcTemplate jdbc, String table, String templates, String copies) {
        jdbc.update("""
                WITH template AS (
                    SELECT student_id, row_number() OVER (ORDER BY student_id) - 1 AS n,
                        COUNT(*) OVER () AS templates
                    FROM student_dashboard WHERE student_id LIKE ?)
                INSERT INTO %1$s
                SELECT r.* FROM generate_series(0, CAST(? AS integer) - 1) g
                JOIN template k ON k.n = g %% k.templates
                JOIN %1$s t ON t.student_id = k.student_id,
                LATERAL jsonb_populate_record(NULL::%1$s, to_jsonb(t) || jsonb_build_object('student_id',
                    CAST(? AS text) || g)) r
                """.formatted(table), templates, STUDENTS, copies);
    }

    /** Students {@code copies0..n-1} with XP skewed towards the low end, as on the platform, reached over a year. */
    private static void board(LeaderboardWriter writer, String board, int students, String copies) {
        Random random = new Random(board.hashCode());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<EntryChange> batch = new ArrayList<>(BATCH);
        List<EntryVersion> versions = new ArrayList<>(BATCH);
        for (int i = 0; i < students; i++) {
            double u = random.nextDouble();
            long xp = Math.round(60_000 * u * u * u);
            Instant reachedAt = start.plusSeconds(random.nextInt(365 * 86_400));
            Entry entry = new Entry(xp, reachedAt, true);
            batch.add(new EntryChange(copies + i, board, null, entry));
            versions.add(new EntryVersion(copies + i, board, reachedAt, entry));
            if (batch.size() == BATCH) {
                writer.write(batch, versions);
                batch.clear();
                versions.clear();
            }
        }
        writer.write(batch, versions);
    }

    private static void ok(Http.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("expected 200, got " + reply.status() + ": " + reply.body());
        }
    }

    private void timed(String what, Runnable work) {
        long began = System.nanoTime();
        work.run();
        line("%s: %.1f s", what, (System.nanoTime() - began) / 1e9);
    }

    private void measure(String what, IntConsumer query) throws Exception {
        long[] nanos = new long[QUERIES];
        long began = System.nanoTime();
        QueryReads.parallel(QUERIES, CLIENTS, i -> {
            long t = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - t;
        });
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(nanos);
        line("%s: %,d queries, %,.0f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d clients)", what,
                QUERIES, QUERIES / seconds, LoadGenerator.Result.percentileMillis(nanos, 50),
                LoadGenerator.Result.percentileMillis(nanos, 95), LoadGenerator.Result.percentileMillis(nanos, 99),
                LoadGenerator.Result.percentileMillis(nanos, 100), CLIENTS);
    }

    private void line(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        results.append(line).append('\n');
        System.out.println(line);
    }
}
