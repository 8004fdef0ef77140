package uz.daftar.local;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;

import static org.awaitility.Awaitility.await;

/**
 * An olympiad's last minutes: {@code daftar.benchmark.participants} (10,000) registered and started participants
 * submit their answer sheets at once, through HTTP with real tokens, from {@code daftar.benchmark.clients} (32)
 * concurrent clients; then the standings freeze at the final deadline and the prizes are paid. Measures submissions
 * per second, their latency percentiles, and the time from the final deadline to frozen standings and to the last
 * prize. The final deadline is set from the setup's pace so that the burst ends well before it. Not a test: it
 * asserts nothing about speed and runs only with {@code -Pbenchmark}.
 */
class OlympiadBurstBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("daftar.benchmark.participants", 10_000);
    private static final int CLIENTS = Integer.getInteger("daftar.benchmark.clients", 32);

    @Test
    void submissionBurst() throws Exception {
        TestStack stack = TestStack.get();
        Http.Target api = new Http.Target(stack.apps.commandUrl());
        String admin = stack.issuer.token("bench-admin", "ADMIN");
        String run = UUID.randomUUID().toString().substring(0, 6);
        String olympiad = "olymp-bench-" + run;
        List<String> students = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            students.add("b" + run + "-" + i);
        }
        List<String> tokens = students.stream().map(s -> stack.issuer.token(s, "STUDENT")).toList();

        long setup = System.nanoTime();
        parallel(PARTICIPANTS, i -> {
            String student = students.get(i);
            api.require(201, "/api/v1/students", admin, "reg-" + student, """
                    {"studentId":"%s","displayName":"Kid","birthDate":"2015-04-04","language":"uz-Latn"}"""
                    .formatted(student));
            api.require(200, "/api/v1/subscriptions/entitlements", admin, "ent-" + student, """
                    {"entitlementId":"olympiads","studentId":"%s","product":"olympiads","validFrom":"%s",\
                    "validUntil":"%s","source":"bench"}""".formatted(student, Instant.now().minusSeconds(60),
                    Instant.now().plus(Duration.ofDays(30))));
        });
        double setupSeconds = seconds(setup);

        Instant now = Instant.now();
        Instant finalDeadline = now.plusSeconds(Math.round(3 * setupSeconds) + 30);
        api.require(201, "/api/v1/olympiads", admin, "create-" + olympiad, """
                {"olympiadId":"%s","titles":{"en":"Benchmark"},"subject":"math","minAge":7,"maxAge":12,\
                "questions":[{"questionId":"q1","points":1,"answerKey":"a"},{"questionId":"q2","points":2,\
                "answerKey":"b"},{"questionId":"q3","points":3,"answerKey":"c"},{"questionId":"q4","points":4,\
                "answerKey":"d"}],"schedule":{"registrationOpens":"%s","registrationCloses":"%s","startOpens":"%s",\
                "startCloses":"%s","durationSeconds":3600,"finalDeadline":"%s"},"entryFee":0,\
                "prizes":[{"fromRank":1,"toRank":1,"coins":100},{"fromRank":2,"toRank":100,"coins":10}]}"""
                .formatted(olympiad, now.minusSeconds(60), finalDeadline, now.minusSeconds(60), finalDeadline,
                        finalDeadline));
        api.require(200, "/api/v1/olympiads/" + olympiad + "/publication", admin, "pub-" + olympiad, "");

        long registration = System.nanoTime();
        parallel(PARTICIPANTS, i -> {
            String path = "/api/v1/olympiads/" + olympiad;
            api.require(200, path + "/registrations", tokens.get(i), "r", "{\"studentId\":\"" + students.get(i) + "\"}");
            api.require(200, path + "/participants/" + students.get(i) + "/start", tokens.get(i), "s", "");
        });
        double registrationSeconds = seconds(registration);

        long[] latencies = new long[PARTICIPANTS];
        long burst = System.nanoTime();
        parallel(PARTICIPANTS, i -> {
            String[] sheet = {"a", "b", "c", "d"};
            sheet[i % 4] = "x";
            sheet[(i / 4) % 4] = (i / 16) % 2 == 0 ? sheet[(i / 4) % 4] : "y";
            long sent = System.nanoTime();
            api.require(200, "/api/v1/olympiads/" + olympiad + "/participants/" + students.get(i) + "/submission",
                    tokens.get(i), "sub", """
                            {"answers":{"q1":"%s","q2":"%s","q3":"%s","q4":"%s"}}""".formatted((Object[]) sheet));
            latencies[i] = System.nanoTime() - sent;
        });
        double burstSeconds = seconds(burst);

        JdbcTemplate store = stack.apps.commandSide().getBean(JdbcTemplate.class);
        long graded = store.queryForObject("SELECT count(*) FROM olympiad_entry WHERE olympiad_id = ? "
                + "AND score IS NOT NULL", Long.class, olympiad);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> store.queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                "standings:" + olympiad) > 0);
        double frozenAfter = Duration.between(finalDeadline, Instant.now()).toMillis() / 1e3;
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> store.queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%.PrizeAwarded' "
                        + "AND convert_from(payload, 'UTF8') LIKE ?", Long.class, "%\"" + olympiad + "\"%") == 100);
        double paidAfter = Duration.between(finalDeadline, Instant.now()).toMillis() / 1e3;
        Arrays.sort(latencies);
        String results = """
                olympiad submission burst (%s)
                  participants                 %d, clients %d
                  setup (register + entitle)   %.1f s, %.0f requests/s
                  register + start             %.1f s, %.0f requests/s
                  submission burst             %.1f s, %.0f submissions/s (each: 4 answers, submission, grading)
                  submission latency ms        p50 %.1f  p95 %.1f  p99 %.1f  max %.1f
                  graded submissions           %d
                  final deadline -> frozen     %.1f s (includes the %s grace for late-stamped submissions)
                  final deadline -> 100 prizes %.1f s
                """.formatted(Instant.now(), PARTICIPANTS, CLIENTS, setupSeconds, 2 * PARTICIPANTS / setupSeconds,
                registrationSeconds, 2 * PARTICIPANTS / registrationSeconds, burstSeconds,
                PARTICIPANTS / burstSeconds, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), latencies[latencies.length - 1] / 1e6, graded, frozenAfter, "5 s", paidAfter);
        System.out.println(results);
        write("olympiad-burst.txt", results);
    }

    private static double percentile(long[] sorted, int p) {
        return LoadGenerator.Result.percentileMillis(sorted, p);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void write(String name, String results) throws IOException {
        Path directory = Path.of(System.getProperty("daftar.benchmark.results", "target/benchmarks"));
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(name), results);
    }

    private static void parallel(int n, IntConsumer call) throws Exception {
        QueryReads.parallel(n, CLIENTS, call);
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
