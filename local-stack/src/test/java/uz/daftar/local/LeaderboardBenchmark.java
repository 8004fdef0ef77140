package uz.daftar.local;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.schema.SchemaMigration;
import uz.daftar.platform.schema.SchemaMigrator;
import uz.daftar.projections.leaderboard.Entry;
import uz.daftar.projections.leaderboard.EntryChange;
import uz.daftar.projections.leaderboard.EntryVersion;
import uz.daftar.projections.leaderboard.LeaderboardReader;
import uz.daftar.projections.leaderboard.LeaderboardWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Leaderboard reads at platform size: {@code daftar.benchmark.students} (3,000,000) students on one global board,
 * loaded through the projection's own writer ({@link LeaderboardWriter}, the batch path every unit of work takes),
 * after a region board of a tenth of that size. Measures top-100 and "my rank" with neighbours under
 * {@code daftar.benchmark.clients} (8) concurrent readers on both boards, so the two sizes can be compared within
 * one run, and, for contrast, a rank by counting everyone ahead. PostgreSQL only, durable settings. Not a test: it
 * asserts nothing about speed and runs only with {@code -Pbenchmark}.
 */
class LeaderboardBenchmark {

    private static final int STUDENTS = Integer.getInteger("daftar.benchmark.students", 3_000_000);
    private static final int CLIENTS = Integer.getInteger("daftar.benchmark.clients", 8);
    private static final int QUERIES = Integer.getInteger("daftar.benchmark.queries", 20_000);
    private static final int BATCH = 5_000;
    private static final String LARGE = "xp/global/all";
    private static final String TENTH = "xp/region:BENCH/all";

    @Test
    void ranksAtThreeMillionStudents() throws Exception {
        Path work = Files.createTempDirectory(Path.of(RunAs.isRoot() ? "/var/tmp" : System.getProperty("java.io.tmpdir")),
                "daftar-bench-lb-");
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), 0);
             HikariDataSource pool = pool(postgres)) {
            new SchemaMigrator(pool, List.of(new SchemaMigration("readmodel", "classpath:db/readmodel")))
                    .afterPropertiesSet();
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            LeaderboardWriter writer = new LeaderboardWriter(jdbc);
            LeaderboardReader reader = new LeaderboardReader(jdbc);
            StringBuilder results = new StringBuilder();

            results.append(load(writer, TENTH, STUDENTS / 10, "r"));
            results.append(load(writer, LARGE, STUDENTS, "g"));
            jdbc.execute("VACUUM ANALYZE lb_entry");
            jdbc.execute("VACUUM ANALYZE lb_count");

            for (String board : List.of(TENTH, LARGE)) {
                int size = board.equals(LARGE) ? STUDENTS : STUDENTS / 10;
                String prefix = board.equals(LARGE) ? "g" : "r";
                Random random = new Random(11);
                int[] picks = random.ints(QUERIES, 0, size).toArray();
                results.append(measure("top 100 of " + board, QUERIES, i -> reader.top(board, 100)));
                results.append(measure("my rank + 2 neighbours on " + board, QUERIES,
                        i -> reader.standing(board, prefix + picks[i], 2)));
                int naive = Math.min(QUERIES, 400);
                results.append(measure("rank by counting everyone ahead on " + board + " (contrast)", naive,
                        i -> jdbc.queryForObject("""
                                SELECT COUNT(*) FROM lb_entry e, lb_entry me
                                WHERE me.student_id = ? AND me.board = ? AND e.board = me.board AND e.listed
                                  AND (e.neg_value, e.reached_at, e.student_id)
                                      < (me.neg_value, me.reached_at, me.student_id)
                                """, Long.class, prefix + picks[i], board)));
            }
            System.out.println(results);
            Path directory = Path.of(System.getProperty("daftar.benchmark.results", "target/benchmarks"));
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("leaderboard.txt"), results);
        }
    }

    /** Students {@code prefix0..n-1} with XP skewed towards the low end, as on the platform, reached over a year. */
    private static String load(LeaderboardWriter writer, String board, int students, String prefix) {
        Random random = new Random(board.hashCode());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long began = System.nanoTime();
        List<EntryChange> batch = new ArrayList<>(BATCH);
        List<EntryVersion> versions = new ArrayList<>(BATCH);
        for (int i = 0; i < students; i++) {
            double u = random.nextDouble();
            long xp = Math.round(60_000 * u * u * u);
            Instant reachedAt = start.plusSeconds(random.nextInt(365 * 86_400));
            Entry entry = new Entry(xp, reachedAt, true);
            batch.add(new EntryChange(prefix + i, board, null, entry));
            versions.add(new EntryVersion(prefix + i, board, reachedAt, entry));
            if (batch.size() == BATCH) {
                writer.write(batch, versions);
                batch.clear();
                versions.clear();
            }
        }
        writer.write(batch, versions);
        double seconds = (System.nanoTime() - began) / 1e9;
        return String.format(Locale.ROOT, "load %s: %,d entries in %.1f s, %,.0f entries/s%n", board, students,
                seconds, students / seconds);
    }

    private static String measure(String what, int queries, IntConsumer query) throws Exception {
        long[] nanos = new long[queries];
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long began = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                int n = i;
                done.add(clients.submit(() -> {
                    long t = System.nanoTime();
                    query.accept(n);
                    nanos[n] = System.nanoTime() - t;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clients.shutdown();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%s: %,d queries, %,.0f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms (%d clients)%n", what, queries, queries / seconds, ms(nanos, 0.50),
                ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, CLIENTS);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static HikariDataSource pool(PostgresServer postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(CLIENTS + 2);
        return new HikariDataSource(config);
    }
}
