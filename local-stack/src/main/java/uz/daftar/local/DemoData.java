package uz.daftar.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Demo data for the local run, generated from a fixed seed and sent through the real command API with real
 * tokens: a learning centre with its admin, teachers and classes, students in those classes with their parents, a
 * week of practice ending at {@code until}, coins spent and held, games (one implausible score in seven students),
 * olympiad subscriptions and two olympiads (a sprint finishing shortly after seeding, one open for a week), reading
 * aloud scored by teachers (with speech consent; one family withdraws it again). Every
 * fifth student's device synced late, sending its week newest day first. The same
 * seed always yields the same students, families and answers; only the dates follow {@code until}.
 */
public final class DemoData {

    public static final long SEED = 20_261_122L;
    /** The chance that a demo student practised on a given day of the week. */
    public static final double DEMO_PRACTICE_DAYS = 0.7;

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
    private final Duration sprint;
    private final double practiceDays;

    /** The local run's demo data, with the sprint olympiad that finishes a minute after seeding. */
    public DemoData(String commandUrl, DevTokenIssuer issuer, int students) {
        this(commandUrl, issuer, students, "", Duration.ofSeconds(60), DEMO_PRACTICE_DAYS);
    }

    /**
     * Demo data whose ids all start with {@code idPrefix}, so that several histories can share one store. The sprint
     * olympiad ({@link #sprintOf}) closes {@code sprint} after seeding, its standings freezing a few seconds later;
     * nothing else in the history happens by itself (the week's olympiad ends in a week). Each student practises
     * on each day of the week with the chance {@code practiceDays} (the demo's {@link #DEMO_PRACTICE_DAYS}; a
     * larger crowd with fewer requests takes less).
     */
    public DemoData(String commandUrl, DevTokenIssuer issuer, int students, String idPrefix, Duration sprint,
                    double practiceDays) {
        this.api = new Http.Target(commandUrl);
        this.issuer = issuer;
        this.students = students;
        this.idPrefix = idPrefix;
        this.sprint = sprint;
        this.practiceDays = practiceDays;
    }

    /** The id of the sprint olympiad in the demo data with this id prefix. */
    public static String sprintOf(String idPrefix) {
        return idPrefix + "olymp-demo-sprint";
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
            List<String> answers = week(random, student, lastDay, until, practiceDays, i % 5 == 3);
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
                        + games(number, student, token) + subscription(number, student, admin, until)
                        + leaderboardChoice(number, student, parent) + dispute(number, student, parent, admin)
                        + reading(number, student, parent, language, token));
            });
        }
        inParallel(families.stream().map(Executors::callable).toList());
        return accepted.get() + olympiads(admin);
    }

    /** Runs the tasks on four client threads, as many families sending at once; returns what they add up to. */
    private static long inParallel(List<Callable<Object>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long sum = 0;
        try {
            for (Future<Object> done : pool.invokeAll(tasks)) {
                sum += done.get() instanceof Long sent ? sent : 0;
            }
        } catch (Exception e) {
            throw new IllegalStateException("demo data could not be sent: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return sum;
    }

    /**
     * Two olympiads for the subscribed students (every other one): a sprint that closes {@code sprint} after
     * seeding, its standings then frozen and prizes paid; and one open for a week, with some participants submitted, some
     * still answering and some only registered. Returns the commands sent.
     */
    private long olympiads(String admin) {
        Instant now = Instant.now();
        String sprintOlympiad = sprintOf(idPrefix);
        String week = idPrefix + "olymp-demo-week";
        long sent = olympiad(admin, week, "Haftalik olimpiada", now.plusSeconds(7 * 86_400), 40 * 60,
                now.plusSeconds(7 * 86_400 + 3_600));
        sent += olympiad(admin, sprintOlympiad, "Tezkor matematika", now.plus(sprint),
                Math.max(1, sprint.toSeconds() / 2), now.plus(sprint));
        List<Callable<Object>> participants = new ArrayList<>();
        for (int i = 2; i <= students; i += 2) {
            int number = i;
            String student = idPrefix + "student-%03d".formatted(i);
            Random choices = new Random(SEED + number);
            participants.add(() -> {
                String token = issuer.token(student, "STUDENT");
                long sentFor = participate(sprintOlympiad, student, token, choices, true);
                if (number % 4 == 0) {
                    sentFor += participate(week, student, token, choices, number % 8 == 0 || number % 12 == 0);
                }
                return sentFor;
            });
        }
        return sent + inParallel(participants);
    }

    private long olympiad(String admin, String olympiadId, String title, Instant closes, long durationSeconds,
                          Instant finalDeadline) {
        Instant opened = Instant.now().minusSeconds(60);
        api.require(201, "/api/v1/olympiads", admin, "create-" + olympiadId, """
                {"olympiadId":"%s","titles":{"uz-Latn":"%s","en":"%s"},"subject":"math","minAge":7,"maxAge":12,\
                "questions":[{"questionId":"q1","points":1,"answerKey":"12"},\
                {"questionId":"q2","points":2,"answerKey":"7"},{"questionId":"q3","points":3,"answerKey":"36"},\
                {"questionId":"q4","points":4,"answerKey":"B"}],"schedule":{"registrationOpens":"%s",\
                "registrationCloses":"%s","startOpens":"%s","startCloses":"%s","durationSeconds":%d,\
                "finalDeadline":"%s"},"entryFee":0,"prizes":[{"fromRank":1,"toRank":1,"coins":50},\
                {"fromRank":2,"toRank":3,"coins":20},{"fromRank":4,"toRank":10,"coins":5}]}"""
                .formatted(olympiadId, title, title, opened, closes, opened, closes, durationSeconds, finalDeadline));
        api.require(200, "/api/v1/olympiads/" + olympiadId + "/publication", admin, "publish-" + olympiadId, "");
        return 2;
    }

    /** Registers the student; when {@code plays}, starts and either submits (four in five) or leaves one answer. */
    private long participate(String olympiadId, String student, String token, Random random, boolean plays) {
        String path = "/api/v1/olympiads/" + olympiadId;
        api.require(200, path + "/registrations", token, "reg-" + olympiadId, "{\"studentId\":\"" + student + "\"}");
        if (!plays) {
            return 1;
        }
        String me = path + "/participants/" + student;
        api.require(200, me + "/start", token, "start-" + olympiadId, "");
        if (random.nextInt(5) == 0) {
            api.require(200, me + "/answers", token, "answer-" + olympiadId, "{\"questionId\":\"q1\",\"answer\":\"12\"}");
            return 3;
        }
        String[][] choices = {{"12", "11"}, {"7", "8"}, {"36", "32"}, {"B", "C"}};
        StringBuilder answers = new StringBuilder();
        for (int q = 0; q < choices.length; q++) {
            answers.append(q == 0 ? "" : ",").append("\"q%d\":\"%s\"".formatted(q + 1,
                    choices[q][random.nextInt(10) < 7 ? 0 : 1]));
        }
        api.require(200, me + "/submission", token, "submit-" + olympiadId, "{\"answers\":{" + answers + "}}");
        return 3;
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

    /**
     * Every sixth family disputes the welcome gift: one case is upheld with two more coins after the parent answered
     * a question, the next one is rejected with a reason. Returns the commands sent.
     */
    private long dispute(int number, String student, String parent, String admin) {
        if (number % 6 != 1 && number % 6 != 4) {
            return 0;
        }
        String dispute = "dispute-" + student;
        String path = "/api/v1/disputes/" + dispute;
        String family = issuer.token(parent, "PARENT");
        api.require(200, "/api/v1/disputes", family, "open-" + dispute, """
                {"disputeId":"%s","studentId":"%s","ledgerEntryId":"welcome","statement":"The gift was 12, not 10."}"""
                .formatted(dispute, student));
        api.require(200, path + "/taking", admin, "take-" + dispute, "{}");
        if (number % 6 == 4) {
            api.require(200, path + "/decision", admin, "decide-" + dispute,
                    "{\"outcome\":\"REJECTED\",\"reason\":\"Every welcome gift is 10 coins.\"}");
            return 3;
        }
        api.require(200, path + "/evidence-requests", admin, "ask-" + dispute,
                "{\"requestId\":\"q-1\",\"question\":\"Where was 12 promised?\"}");
        api.require(200, path + "/evidence", family, "evidence-" + dispute,
                "{\"evidenceId\":\"e-1\",\"text\":\"In the welcome letter.\",\"reference\":\"letter-2026-09\"}");
        api.require(200, path + "/decision", admin, "decide-" + dispute,
                "{\"outcome\":\"UPHELD\",\"amount\":2,\"reason\":\"The letter promised 12 coins.\"}");
        return 5;
    }

    /**
     * Every fourth family consents to reading aloud: the child reads two texts for the teacher (no speech service
     * runs locally), who scores the first by hand; one of those families later withdraws the consent, which deletes
     * the recordings. Returns the commands sent.
     */
    private long reading(int number, String student, String parent, String language, String token) {
        if (number % 4 != 2) {
            return 0;
        }
        String family = issuer.token(parent, "PARENT");
        api.require(200, "/api/v1/students/" + student + "/speech-consent", family, "consent-" + student,
                "{\"consent\":true}");
        String[] texts = READING_TEXTS.getOrDefault(language, READING_TEXTS.get("uz-Latn"));
        for (int r = 0; r < 2; r++) {
            api.requireReading(201, student, token, "reading-" + student + "-" + r, Map.of("attemptId",
                    "read-" + student + "-" + r, "text", texts[r], "language", language, "assessor", "TEACHER"),
                    DemoAudio.reading(300 + 40 * number + 100 * r, 1500));
        }
        String teacher = idPrefix + "teacher-%02d".formatted(1 + number % CLASSES / 2);
        int accuracy = 60 + number * 7 % 38;
        api.require(200, "/api/v1/reading-attempts/read-" + student + "-0/teacher-score",
                issuer.token(teacher, "TEACHER"), "score-" + student, """
                        {"accuracy":%d,"fluency":%d,"completeness":100,"pronunciation":%d,
                         "words":[{"word":"%s","accuracy":%d,"errorType":"None"}]}"""
                        .formatted(accuracy, Math.min(100, accuracy + 5), accuracy + 1, texts[0].split(" ")[0],
                                Math.min(100, accuracy + 3)));
        if (number % 12 != 10) {
            return 4;
        }
        api.require(200, "/api/v1/students/" + student + "/speech-consent", family, "withdraw-" + student,
                "{\"consent\":false}");
        return 5;
    }

    private static final Map<String, String[]> READING_TEXTS = Map.of(
            "uz-Latn", new String[]{"Bahor keldi, qushlar sayradi.", "Men kitob o'qishni yaxshi ko'raman."},
            "uz-Cyrl", new String[]{"Баҳор келди, қушлар сайради.", "Мен китоб ўқишни яхши кўраман."},
            "ru", new String[]{"Пришла весна, запели птицы.", "Я люблю читать книги."},
            "en", new String[]{"Spring has come and the birds sing.", "I like to read books."});

    /** One family in eleven keeps its child off the leaderboards. */
    private int leaderboardChoice(int number, String student, String parent) {
        if (number % 11 != 5) {
            return 0;
        }
        api.require(200, "/api/v1/students/" + student + "/leaderboard-visibility", issuer.token(parent, "PARENT"),
                "unlist-" + student, "{\"listed\":false}");
        return 1;
    }

    /** The demo learning centre, its admin, teachers and classes (two per teacher); returns the commands sent. */
    private long organisation(String admin) {
        String centre = idPrefix + CENTRE;
        api.require(201, "/api/v1/centres", admin, "centre-" + centre, """
                {"centreId":"%s","name":"Daftar Demo Learning Centre","region":"UZ-TK"}""".formatted(centre));
        api.require(200, "/api/v1/centres/" + centre + "/admins", admin, "admin-" + centre,
                "{\"adminId\":\"%scentre-admin-01\"}".formatted(idPrefix));
        for (int t = 1; t <= TEACHERS; t++) {
            api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "teacher-" + centre + t,
                    "{\"teacherId\":\"%steacher-%02d\"}".formatted(idPrefix, t));
        }
        for (int c = 0; c < CLASSES; c++) {
            api.require(201, "/api/v1/classes", admin, "class-" + className(c), """
                    {"classId":"%s","centreId":"%s","teacherId":"%steacher-%02d","name":"Class %d%s"}"""
                    .formatted(className(c), centre, idPrefix, 1 + c / 2, 1 + c / 2, c % 2 == 0 ? "A" : "B"));
        }
        return 2 + TEACHERS + CLASSES;
    }

    private String className(int c) {
        return idPrefix + "class-%d%s".formatted(1 + c / 2, c % 2 == 0 ? "a" : "b");
    }

    /**
     * A week of practice answers, day by day; when the device {@code syncedLate}, the days arrive newest first (each
     * attempt's answers still in order), as an app that was offline uploads its queue: the store then holds answers
     * of earlier days after those of later ones.
     */
    private static List<String> week(Random random, String student, LocalDate lastDay, Instant until,
                                     double practiceDays, boolean syncedLate) {
        double skill = 0.45 + random.nextDouble() * 0.5;
        List<List<String>> days = new ArrayList<>();
        for (int day = 6; day >= 0; day--) {
            List<String> answers = new ArrayList<>();
            days.add(answers);
            if (random.nextDouble() > practiceDays) {
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
        if (syncedLate) {
            Collections.reverse(days);
        }
        return days.stream().flatMap(List::stream).toList();
    }
}
