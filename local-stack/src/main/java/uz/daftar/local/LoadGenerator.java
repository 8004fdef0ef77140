package uz.daftar.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Platform-like load through the real command API with real tokens, from a fixed seed: a crowd of students (registered
 * by {@link #setup}, each with coins to spend, every fifth one entitled to and started in one olympiad) doing a mix of
 * practice answers (most of it), game sessions with their scores and coin spends; then the olympiad's submission
 * burst at its deadline ({@link #burst}). Action {@code i} of a run is the same for the same seed, whichever client
 * thread sends it. Two ways to drive it: closed loop (every client sends its next action as soon as the last one was
 * answered: the maximum rate) and open loop (actions scheduled at a fixed rate, latency measured from the scheduled
 * moment, so a slow answer cannot hide the queue behind it). {@link DemoData} is the small, storytelling history;
 * this is the crowd.
 */
public final class LoadGenerator {

    /** Out of 100 actions: practice answers, game sessions (two requests), coin spends. */
    static final int ANSWERS = 85;
    static final int GAMES = 10;

    private static final String[] ACTIVITIES = {"QUIZ", "LESSON", "HARF_DRILL", "MATHKIDS_SET"};
    private static final String[] SKILLS = {"letters.a-z", "letters.sh-ch", "reading.syllables", "math.add-10",
            "math.sub-10", "math.add-100", "math.times-table", "logic.patterns"};

    private final Http.Target api;
    private final DevTokenIssuer issuer;
    private final int students;
    private final String prefix;
    private final long seed;
    private final String[] tokens;
    private final String olympiad;
    private final AtomicLong next = new AtomicLong();

    public LoadGenerator(String commandUrl, DevTokenIssuer issuer, int students, String prefix, long seed) {
        this.api = new Http.Target(commandUrl);
        this.issuer = issuer;
        this.students = students;
        this.prefix = prefix;
        this.seed = seed;
        this.tokens = new String[students];
        this.olympiad = prefix + "olymp-load";
    }

    /** One accepted command: which student, the position its events were appended at, and when its 2xx arrived. */
    public record Accepted(String studentId, String token, long position, long answeredNanos, String kind) {
    }

    /** What a phase measured: requests answered 2xx, failures, wall time and latency in nanoseconds, sorted. */
    public record Result(String phase, long accepted, long failed, double seconds, long[] latencies) {

        public double perSecond() {
            return accepted / seconds;
        }

        /** The latency at a percentile (0–100), in milliseconds. */
        public double millis(double percentile) {
            return percentileMillis(latencies, percentile);
        }

        /** The value at a percentile (0–100) of nanoseconds sorted ascending, in milliseconds; NaN if none. */
        public static double percentileMillis(long[] sortedNanos, double percentile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(percentile / 100 * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    public String studentId(int number) {
        return prefix + "s" + number;
    }

    public String token(int number) {
        return tokens[number];
    }

    /**
     * Registers the students (with a 1,000-coin welcome so that spends never run dry), opens an olympiad whose deadline
     * is {@code olympiadOpen} from now, entitles every fifth student to it, registers and starts them.
     */
    public Result setup(int clients, Duration olympiadOpen) {
        String admin = issuer.token(prefix + "load-admin", "ADMIN");
        Random random = new Random(seed);
        String[] birthDates = new String[students];
        for (int i = 0; i < students; i++) {
            tokens[i] = issuer.token(studentId(i), "STUDENT");
            birthDates[i] = "%d-%02d-%02d".formatted(2015 + random.nextInt(4), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
        }
        Instant now = Instant.now();
        Instant deadline = now.plus(olympiadOpen);
        api.require(201, "/api/v1/olympiads", admin, "create-" + olympiad, """
                {"olympiadId":"%s","titles":{"en":"Load"},"subject":"math","minAge":7,"maxAge":12,\
                "questions":[{"questionId":"q1","points":1,"answerKey":"a"},{"questionId":"q2","points":2,\
                "answerKey":"b"},{"questionId":"q3","points":3,"answerKey":"c"},{"questionId":"q4","points":4,\
                "answerKey":"d"}],"schedule":{"registrationOpens":"%s","registrationCloses":"%s","startOpens":"%s",\
                "startCloses":"%s","durationSeconds":%d,"finalDeadline":"%s"},"entryFee":0,\
                "prizes":[{"fromRank":1,"toRank":10,"coins":10}]}"""
                .formatted(olympiad, now.minusSeconds(60), deadline, now.minusSeconds(60), deadline,
                        olympiadOpen.toSeconds() + 60, deadline));
        api.require(200, "/api/v1/olympiads/" + olympiad + "/publication", admin, "publish-" + olympiad, "");
        return run("setup", students, clients, i -> {
            String student = studentId(i);
            api.require(201, "/api/v1/students", admin, "reg-" + student, """
                    {"studentId":"%s","displayName":"Load %d","birthDate":"%s","language":"uz-Latn"}"""
                    .formatted(student, i, birthDates[i]));
            api.require(200, "/api/v1/coins/adjustments", admin, "welcome-" + student, """
                    {"adjustmentId":"welcome","studentId":"%s","amount":1000,"reason":"load welcome",\
                    "evidence":"load"}"""
                    .formatted(student));
            int sent = 2;
            if (i % 5 == 0) {
                api.require(200, "/api/v1/subscriptions/entitlements", admin, "ent-" + student, """
                        {"entitlementId":"olympiads","studentId":"%s","product":"olympiads","validFrom":"%s",\
                        "validUntil":"%s","source":"load"}""".formatted(student, now.minusSeconds(60),
                        now.plus(Duration.ofDays(30))));
                String path = "/api/v1/olympiads/" + olympiad;
                api.require(200, path + "/registrations", tokens[i], "r", "{\"studentId\":\"" + student + "\"}");
                api.require(200, path + "/participants/" + student + "/start", tokens[i], "s", "");
                sent += 3;
            }
            return sent;
        });
    }

    /** The mix at the maximum rate {@code clients} concurrent clients reach, for {@code duration}. */
    public Result closedLoop(int clients, Duration duration, Consumer<Accepted> onAccepted) {
        long end = System.nanoTime() + duration.toNanos();
        Recorder recorder = new Recorder();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long began = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    send(next.getAndIncrement(), sent, recorder, onAccepted);
                }
            });
        }
        finish(pool);
        return recorder.result("closed loop, " + clients + " clients", (System.nanoTime() - began) / 1e9);
    }

    /**
     * The mix scheduled at {@code perSecond} actions for {@code duration}, sent by up to {@code clients} concurrent
     * clients; latency counts from the moment an action was due, so actions queued behind slow ones count their wait.
     */
    public Result openLoop(int clients, double perSecond, Duration duration, Consumer<Accepted> onAccepted) {
        Recorder recorder = new Recorder();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long began = System.nanoTime();
        long count = (long) (perSecond * duration.toNanos() / 1e9);
        for (long k = 0; k < count; k++) {
            long due = began + (long) (k * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            long action = next.getAndIncrement();
            pool.execute(() -> send(action, due, recorder, onAccepted));
        }
        finish(pool);
        return recorder.result("open loop, " + (long) perSecond + "/s scheduled, " + clients + " clients",
                (System.nanoTime() - began) / 1e9);
    }

    /** Every olympiad participant (every fifth student) submits the answer sheet at once. */
    public Result burst(int clients) {
        int participants = (students + 4) / 5;
        return run("olympiad burst", participants, clients, p -> {
            int i = p * 5;
            String[] sheet = {"a", "b", "c", "d"};
            sheet[i % 4] = "x";
            api.require(200, "/api/v1/olympiads/" + olympiad + "/participants/" + studentId(i) + "/submission",
                    tokens[i], "sub", """
                            {"answers":{"q1":"%s","q2":"%s","q3":"%s","q4":"%s"}}""".formatted((Object[]) sheet));
            return 1;
        });
    }

    /** Action {@code i} of the mix: a practice answer, a game (session and score) or a coin spend. */
    private void send(long i, long due, Recorder recorder, Consumer<Accepted> onAccepted) {
        Random random = new Random(seed * 1_000_003 + i);
        int number = random.nextInt(students);
        String student = studentId(number);
        String token = tokens[number];
        int roll = random.nextInt(100);
        try {
            Http.Reply reply;
            String kind;
            if (roll < ANSWERS) {
                kind = "answer";
                long window = i / (10L * students);
                String attempt = "%s-w%d".formatted(student, window);
                String activity = ACTIVITIES[Math.floorMod(attempt.hashCode(), ACTIVITIES.length)];
                boolean correct = random.nextInt(10) < 7;
                reply = api.require(200, "/api/v1/practice/answers", token, "a" + i, """
                        {"answerId":"ans-%d","attemptId":"%s","studentId":"%s","activity":"%s","itemId":"item-%d",\
                        "skill":"%s","givenAnswer":"%s","correct":%s,"timeTakenMillis":%d,"answeredAt":"%s"}"""
                        .formatted(i, attempt, student, activity, random.nextInt(500),
                                SKILLS[random.nextInt(SKILLS.length)], correct ? "right" : "wrong", correct,
                                1_500 + random.nextInt(20_000), Instant.now()));
            } else if (roll < ANSWERS + GAMES) {
                kind = "game";
                String session = "game-" + i;
                api.require(201, "/api/v1/games/sessions", token, "gs" + i, """
                        {"sessionId":"%s","studentId":"%s","game":"GAME_2048"}""".formatted(session, student));
                recorder.accepted();
                reply = api.require(200, "/api/v1/games/sessions/" + session + "/score", token, "gc" + i, """
                        {"studentId":"%s","game":"GAME_2048","score":%d,"durationMillis":%d,"moves":%d}"""
                        .formatted(student, 200 + random.nextInt(3_000), 60_000 + random.nextInt(240_000),
                                100 + random.nextInt(400)));
            } else {
                kind = "spend";
                reply = api.require(200, "/api/v1/coins/spends", token, "sp" + i, """
                        {"spendId":"spend-%d","studentId":"%s","amount":1,"purpose":"sticker"}"""
                        .formatted(i, student));
            }
            long answered = System.nanoTime();
            recorder.record(answered - due);
            if (onAccepted != null) {
                onAccepted.accept(new Accepted(student, token, positionOf(reply.body()), answered, kind));
            }
        } catch (RuntimeException e) {
            recorder.failed(e);
        }
    }

    /** The {@code "position"} of a command's answer ({@code {"id":"…","position":123}}). */
    static long positionOf(String body) {
        int at = body.indexOf("\"position\":");
        if (at < 0) {
            return -1;
        }
        int from = at + "\"position\":".length();
        int to = from;
        while (to < body.length() && (Character.isDigit(body.charAt(to)) || body.charAt(to) == '-')) {
            to++;
        }
        return Long.parseLong(body.substring(from, to));
    }

    private interface Task {
        int run(int index);
    }

    /** Runs tasks 0..n-1 on {@code clients} threads, each task's latency and request count recorded. */
    private static Result run(String phase, int n, int clients, Task task) {
        Recorder recorder = new Recorder();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger index = new AtomicInteger();
        long began = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = index.getAndIncrement(); i < n; i = index.getAndIncrement()) {
                    long sent = System.nanoTime();
                    try {
                        int requests = task.run(i);
                        for (int r = 1; r < requests; r++) {
                            recorder.accepted();
                        }
                        recorder.record(System.nanoTime() - sent);
                    } catch (RuntimeException e) {
                        recorder.failed(e);
                    }
                }
            });
        }
        finish(pool);
        return recorder.result(phase, (System.nanoTime() - began) / 1e9);
    }

    private static void finish(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("load did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Latencies of answered actions and the count of accepted requests and failures, from many threads. */
    private static final class Recorder {
        private final List<long[]> chunks = new ArrayList<>();
        private long[] chunk = new long[1 << 16];
        private int size;
        private final AtomicLong accepted = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private volatile String firstFailure;

        synchronized void record(long nanos) {
            if (size == chunk.length) {
                chunks.add(chunk);
                chunk = new long[chunk.length];
                size = 0;
            }
            chunk[size++] = nanos;
            accepted.incrementAndGet();
        }

        void accepted() {
            accepted.incrementAndGet();
        }

        void failed(RuntimeException e) {
            if (failed.getAndIncrement() == 0) {
                firstFailure = e.getMessage();
                System.err.println("load: first failure: " + e.getMessage());
            }
        }

        synchronized Result result(String phase, double seconds) {
            long[] all = new long[chunks.size() * chunk.length + size];
            int at = 0;
            for (long[] full : chunks) {
                System.arraycopy(full, 0, all, at, full.length);
                at += full.length;
            }
            System.arraycopy(chunk, 0, all, at, size);
            Arrays.sort(all);
            return new Result(phase + (firstFailure == null ? "" : " (first failure: " + firstFailure + ")"),
                    accepted.get(), failed.get(), seconds, all);
        }
    }
}
