package uz.daftar.local;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Demo data for the local run, generated from a fixed seed and sent through the real command API with real
 * tokens: a learning centre with teachers and classes, students in those classes with their parents, a week of
 * practice ending at {@code until}, coins spent and held, games (one implausible score in seven students) and
 * olympiad subscriptions. The same seed always
 * yields the same students, families and answers; only the dates follow {@code until}.
 */
public final class DemoData {

    public static final long SEED = 20_261_122L;

    private static final String[] NAMES = {"Aziza", "Bobur", "Dilnoza", "Jasur", "Kamola", "Laylo", "Madina",
            "Nodir", "Otabek", "Rustam", "Sardor", "Shahzoda", "Timur", "Umida", "Zarina", "Anvar", "Gulnora",
            "Ilyos", "Malika", "Sevara"};
    private static final String[] LANGUAGES = {"uz-Latn", "uz-Latn", "uz-Latn", "uz-Cyrl", "ru", "en"};
    private static final String[] ACTIVITIES = {"QUIZ", "LESSON", "HARF_DRILL", "MATHKIDS_SET", "TYPING_EXERCISE"};
    private static final String[] SKILLS = {"letters.a-z", "letters.sh-ch", "reading.syllables", "math.add-10",
            "math.sub-10", "math.add-100", "math.times-table", "typing.home-row", "logic.patterns"};

    private final Http.Target api;
    private final DevTokenIssuer issuer;
    private final int students;
    private final String idPrefix;

    public DemoData(String commandUrl, DevTokenIssuer issuer, int students) {
        this(commandUrl, issuer, students, "");
    }

    /** Demo data whose ids all start with {@code idPrefix}, so that several histories can share one store. */
    public DemoData(String commandUrl, DevTokenIssuer issuer, int students, String idPrefix) {
        this.api = new Http.Target(commandUrl);
        this.issuer = issuer;
        this.students = students;
        this.idPrefix = idPrefix;
    }

    static final String CENTRE = "centre-demo";
    static final int TEACHERS = 4;
    static final int CLASSES = 8;

    /** Sends the demo history; returns how many commands were accepted. */
    public long seed(Instant until) {
        Random random = new Random(SEED);
        String admin = issuer.token("demo-admin", "ADMIN");
        AtomicLong accepted = new AtomicLong(organisation(admin));
        List<Runnable> families = new ArrayList<>();
        LocalDate lastDay = until.atZone(ZoneId.of("Asia/Tashkent")).toLocalDate();
        for (int i = 1; i <= students; i++) {
            int number = i;
            String student = idPrefix + "student-%03d".formatted(i);
            String parent = idPrefix + "parent-%03d".formatted(i <= students / 4 ? i : (i + 1) / 2 + students / 8);
            String name = NAMES[random.nextInt(NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + ".";
            LocalDate birthDate = LocalDate.of(2014 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            List<String> answers = week(random, student, lastDay, until);
            families.add(() -> {
                api.require(201, "/api/v1/students", admin, "register-" + student, """
                        {"studentId":"%s","displayName":"%s","birthDate":"%s","language":"%s"}"""
                        .formatted(student, name, birthDate, language));
                api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                        "{\"guardianId\":\"" + parent + "\"}");
                api.require(200, "/api/v1/classes/" + className(number % CLASSES) + "/students", admin,
                        "enrol-" + student,
                        "{\"studentId\":\"" + student + "\"}");
                String token = issuer.token(student, "STUDENT");
                for (int a = 0; a < answers.size(); a++) {
                    api.require(200, "/api/v1/practice/answers", token, "answer-" + student + "-" + a, answers.get(a));
                }
                accepted.addAndGet(3 + answers.size() + coins(number, student, admin, token)
                        + games(number, student, token) + subscription(number, student, admin, until));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<?> done : pool.invokeAll(families.stream().map(Executors::callable).toList())) {
                done.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("demo data could not be sent: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return accepted.get();
    }

    /**
     * Coins beyond the awards: every student gets a welcome grant; every third buys a sticker; every fifth has an
     * olympiad fee on hold. Returns the commands sent.
     */
    private long coins(int number, String student, String admin, String token) {
        api.require(200, "/api/v1/coins/adjustments", admin, "welcome-" + student, """
                {"adjustmentId":"welcome","studentId":"%s","amount":10,"reason":"welcome gift","evidence":"demo"}"""
                .formatted(student));
        long sent = 1;
        if (number % 3 == 0) {
            api.require(200, "/api/v1/coins/spends", token, "sticker-" + student,
                    "{\"spendId\":\"sticker\",\"studentId\":\"" + student + "\",\"amount\":4,\"purpose\":\"sticker pack\"}");
            sent++;
        }
        if (number % 5 == 0) {
            api.require(200, "/api/v1/coins/holds", admin, "fee-" + student, """
                    {"holdId":"olympiad-fee","studentId":"%s","amount":5,"purpose":"olympiad entry fee","expiresAt":"%s"}"""
                    .formatted(student, Instant.now().plusSeconds(7 * 86_400)));
            sent++;
        }
        return sent;
    }

    /** Two games of 2048 each, and a Tetris score too fast to be true for every seventh student. */
    private long games(int number, String student, String token) {
        for (int g = 1; g <= 2; g++) {
            api.require(201, "/api/v1/games/sessions", token, "game-" + student + "-" + g, """
                    {"sessionId":"game-%d","studentId":"%s","game":"GAME_2048"}""".formatted(g, student));
            api.require(200, "/api/v1/games/sessions/game-" + g + "/score", token, "score-" + student + "-" + g, """
                    {"studentId":"%s","game":"GAME_2048","score":%d,"durationMillis":%d,"moves":%d}"""
                    .formatted(student, 400 * g + number, 90_000 * g, 150 * g));
        }
        if (number % 7 != 0) {
            return 4;
        }
        api.require(201, "/api/v1/games/sessions", token, "game-" + student + "-t", """
                {"sessionId":"tetris-1","studentId":"%s","game":"TETRIS"}""".formatted(student));
        api.require(200, "/api/v1/games/sessions/tetris-1/score", token, "score-" + student + "-t", """
                {"studentId":"%s","game":"TETRIS","score":9000,"durationMillis":2000,"lines":40,"level":3}"""
                .formatted(student));
        return 6;
    }

    /** Every other student's family paid for olympiads this month. */
    private long subscription(int number, String student, String admin, Instant until) {
        if (number % 2 != 0) {
            return 0;
        }
        api.require(200, "/api/v1/subscriptions/entitlements", admin, "olympiads-" + student, """
                {"entitlementId":"olympiads-month","studentId":"%s","product":"olympiads","validFrom":"%s",\
                "validUntil":"%s","source":"demo payment"}""".formatted(student, until.minusSeconds(7 * 86_400),
                until.plusSeconds(23 * 86_400)));
        return 1;
    }

    /** The demo learning centre, its teachers and classes (two per teacher); returns the commands sent. */
    private long organisation(String admin) {
        String centre = idPrefix + CENTRE;
        api.require(201, "/api/v1/centres", admin, "centre-" + centre, """
                {"centreId":"%s","name":"Daftar Demo Learning Centre","region":"UZ-TK"}""".formatted(centre));
        for (int t = 1; t <= TEACHERS; t++) {
            api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "teacher-" + centre + t,
                    "{\"teacherId\":\"%steacher-%02d\"}".formatted(idPrefix, t));
        }
        for (int c = 0; c < CLASSES; c++) {
            api.require(201, "/api/v1/classes", admin, "class-" + className(c), """
                    {"classId":"%s","centreId":"%s","teacherId":"%steacher-%02d","name":"Class %d%s"}"""
                    .formatted(className(c), centre, idPrefix, 1 + c / 2, 1 + c / 2, c % 2 == 0 ? "A" : "B"));
        }
        return 1 + TEACHERS + CLASSES;
    }

    private String className(int c) {
        return idPrefix + "class-%d%s".formatted(1 + c / 2, c % 2 == 0 ? "a" : "b");
    }

    private static List<String> week(Random random, String student, LocalDate lastDay, Instant until) {
        double skill = 0.45 + random.nextDouble() * 0.5;
        List<String> answers = new ArrayList<>();
        for (int day = 6; day >= 0; day--) {
            if (random.nextDouble() > 0.7) {
                continue;
            }
            String activity = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
            String attempt = "%s-d%d-%s".formatted(student, day, activity.toLowerCase());
            Instant start = lastDay.minusDays(day).atTime(15 + random.nextInt(4), random.nextInt(60))
                    .atZone(ZoneId.of("Asia/Tashkent")).toInstant();
            int items = 5 + random.nextInt(16);
            for (int item = 0; item < items; item++) {
                Instant answeredAt = start.plusSeconds(20L * item);
                if (answeredAt.isAfter(until)) {
                    break;
                }
                boolean correct = random.nextDouble() < skill;
                answers.add("""
                        {"answerId":"%s-%d","attemptId":"%s","studentId":"%s","activity":"%s","itemId":"item-%d",\
                        "skill":"%s","givenAnswer":"%s","correct":%s,"timeTakenMillis":%d,"answeredAt":"%s"}"""
                        .formatted(attempt, item, attempt, student, activity, random.nextInt(500),
                                SKILLS[random.nextInt(SKILLS.length)], correct ? "right" : "wrong", correct,
                                1_500 + random.nextInt(20_000), answeredAt));
            }
        }
        return answers;
    }
}
