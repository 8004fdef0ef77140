package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.platform.trust.TamperChain;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The parent report on the real stack: a fresh child with a linked parent, a class and a centre, who answered over
 * two days, earned XP, coins and a badge, spent coins and took an olympiad; the report as a page in a real headless
 * browser and as a PDF parsed back (its first page drawn to {@code target/parent-report-page-1.png}), its figures
 * checked against the dashboard, the ledger and the verification; and who may read it.
 */
class ParentReportIT {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** Uzbek Latin with its ʻ, Uzbek Cyrillic, Russian, and markup that must stay text. */
    static final String NAME = "Oʻgʻil Ўзбек <Русский> & Co";

    static TestStack stack;
    static Http.Target api;
    static String admin;
    static World world;

    /** The child, their parent, class teacher and centre admin, the period asked for, and the read figures. */
    record World(String student, String parent, String teacher, String centreAdmin, LocalDate from, LocalDate to,
                 List<LocalDate> activeDays, JsonNode dashboard, JsonNode ledger, String headHash) {

        String query() {
            return "?from=" + from + "&to=" + to;
        }

        String parentToken() {
            return stack.issuer.token(parent, "PARENT");
        }
    }

    @BeforeAll
    static void aChildWithTwoDaysOfLearning() {
        stack = TestStack.get();
        api = new Http.Target(stack.apps.commandUrl());
        admin = stack.issuer.token("report-it-admin", "ADMIN");
        String s = UUID.randomUUID().toString().substring(0, 8);
        String student = "report-kid-" + s;
        String parent = "report-parent-" + s;
        String teacher = "report-teacher-" + s;
        String centreAdmin = "report-centre-admin-" + s;
        String olympiad = "report-olymp-" + s;
        openOlympiad(olympiad);
        childInAClass(student, parent, teacher, centreAdmin, "report-centre-" + s, "report-class-" + s);
        Instant now = Instant.now();
        Instant yesterday = now.minus(Duration.ofDays(1));
        answer(student, "y1", "math.add-10", true, 90_000, yesterday);
        answer(student, "y2", "math.add-10", false, 30_000, yesterday.plusSeconds(60));
        answer(student, "y3", "math.add-10", true, 45_000, yesterday.plusSeconds(120));
        answer(student, "t1", "reading.letters", true, 20_000, now.minusSeconds(180));
        answer(student, "t2", "reading.letters", true, 25_000, now.minusSeconds(120));
        takeOlympiad(student, olympiad);
        String studentToken = stack.issuer.token(student, "STUDENT");
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> QueryReads.json(stack,
                "/api/v1/students/" + student + "/dashboard", admin).get("coinBalance").asLong() == 4);
        api.require(200, "/api/v1/coins/spends", studentToken, "spend-" + student, """
                {"spendId":"sticker-%s","studentId":"%s","amount":2,"purpose":"a sticker"}""".formatted(s, student));
        awaitEverythingCaughtUp();

        List<LocalDate> activeDays = List.of(yesterday, yesterday.plusSeconds(60), yesterday.plusSeconds(120),
                        now.minusSeconds(180), now.minusSeconds(120)).stream()
                .map(at -> at.atZone(TASHKENT).toLocalDate()).distinct().toList();
        LocalDate to = LocalDate.now(TASHKENT);
        JsonNode verification = QueryReads.json(stack, "/api/v1/students/" + student + "/verification", admin);
        world = new World(student, parent, teacher, centreAdmin, to.minusDays(2), to, activeDays,
                QueryReads.json(stack, "/api/v1/students/" + student + "/dashboard", admin),
                QueryReads.json(stack, "/api/v1/students/" + student + "/ledger", admin),
                verification.get("headHash").asText());
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(world.dashboard().get("coinBalance").asLong()).isEqualTo(2);
        assertThat(world.dashboard().get("mastery")).hasSize(2);
    }

    @Test
    void theParentReadsTheReportInARealBrowserWithTheFiguresOfTheDashboardLedgerAndChain() {
        JsonNode dashboard = world.dashboard();
        try (Browser browser = Browser.open()) {
            browser.authorize(world.parentToken())
                    .visit(stack.apps.queryUrl() + "/api/v1/students/" + world.student() + "/report" + world.query());

            assertThat(browser.title()).startsWith("Learning report: " + NAME);
            assertThat(browser.find("#child-name").getText()).isEqualTo(NAME);
            assertThat(text(browser, "#answers")).isEqualTo(dashboard.get("answers").asText());
            assertThat(text(browser, "#correct-answers")).isEqualTo(dashboard.get("correctAnswers").asText());
            assertThat(text(browser, "#accuracy")).isEqualTo(dashboard.get("correctAnswers").asLong() * 100
                    / dashboard.get("answers").asLong() + "%");
            assertThat(text(browser, "#total-xp")).isEqualTo(dashboard.get("totalXp").asText());
            assertThat(text(browser, "#xp-earned")).isEqualTo(dashboard.get("totalXp").asText());
            assertThat(text(browser, "#level")).isEqualTo(dashboard.get("level").asText());
            assertThat(text(browser, "#coin-balance")).isEqualTo(dashboard.get("coinBalance").asText());
            assertThat(text(browser, "#coins-closing")).isEqualTo(world.ledger().get("balance").asText());
            assertThat(text(browser, "#minutes")).isEqualTo(dashboard.get("practiceMinutes").asText());
            assertThat(text(browser, "#active-days")).isEqualTo(String.valueOf(world.activeDays().size()));

            JsonNode award = firstOfKind(world.ledger(), "AWARD");
            WebElement row = browser.find("tr.ledger-entry[data-entry='" + award.get("entryId").asText() + "']");
            assertThat(row.getText()).contains("PracticeAnswerRecorded").contains(award.get("ruleVersion").asText())
                    .contains(award.get("source").asText());
            assertThat(browser.findAll("tr.ledger-entry")).hasSize(world.ledger().get("entries").size());

            List<WebElement> skills = browser.findAll("tr.skill");
            assertThat(skills).hasSize(dashboard.get("mastery").size());
            for (JsonNode skill : dashboard.get("mastery")) {
                WebElement shown = browser.find("tr.skill[data-skill='" + skill.get("skill").asText() + "'] td.level");
                assertThat(shown.getText()).isEqualToIgnoringCase(skill.get("level").asText());
            }
            assertThat(browser.findAll("#activity-chart rect.bar")).hasSize(world.activeDays().size());
            assertThat(browser.findAll("#time-chart rect.bar")).hasSize(world.activeDays().size());
            assertThat(browser.find("#activity-chart title").getAttribute("textContent")).isEqualTo("Answers per day");
            assertThat(browser.findAll("li.badge")).extracting(badge -> badge.getAttribute("data-badge"))
                    .contains("first-answer");
            assertThat(browser.findAll("tr.olympiad")).hasSize(1);
            assertThat(browser.find("tr.olympiad").getText()).contains("Matematika").contains("3 of 3");

            assertThat(browser.find("#chain-hash").getText()).isEqualTo(world.headHash());
            assertThat(browser.find("#key-fingerprint").getText()).matches("[0-9a-f]{64}");
            assertThat(browser.findAll("h2")).extracting(WebElement::getText).containsExactly("Summary",
                    "Activity and time", "Mastery by skill", "Coins", "Badges earned", "Olympiads", "Verification");
            assertThat(browser.findAll("link, script, img")).isEmpty();
        }
    }

    @Test
    void theParentDownloadsThePdfWithTheSameFiguresAndChainHashAndItsFirstPageRendersToAnImage() throws Exception {
        Http.Download download = Http.download(stack.apps.queryUrl() + "/api/v1/students/" + world.student()
                + "/report.pdf" + world.query(), world.parentToken());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"daftar-report-"
                + world.student() + "-" + world.from() + "-" + world.to() + ".pdf\"");
        JsonNode dashboard = world.dashboard();
        JsonNode award = firstOfKind(world.ledger(), "AWARD");
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(text).contains("Learning report for " + NAME)
                    .contains("Answers " + dashboard.get("answers").asText())
                    .contains("Correct answers " + dashboard.get("correctAnswers").asText())
                    .contains("XP in total at the end of the period " + dashboard.get("totalXp").asText())
                    .contains("Level " + dashboard.get("level").asText())
                    .contains("Coins at the end of the period " + dashboard.get("coinBalance").asText())
                    .contains("Spent on a sticker")
                    .contains("Matematika")
                    .contains(world.headHash());
            // long ids may wrap inside their table cell
            assertThat(text.replace("\n", "")).contains("entry " + award.get("entryId").asText() + ", source event "
                    + award.get("source").asText());

            Path png = Path.of("target", "parent-report-page-1.png").toAbsolutePath();
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", png.toFile());
            System.out.println("The parent report's first page: " + png);
            assertThat(page.getWidth()).isGreaterThan(800);
            assertThat(Files.size(png)).isGreaterThan(20_000);
            assertThat(darkPixels(page)).as("ink on the first page").isGreaterThan(5_000);
        }
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void withoutDatesTheReportCoversTheLastFullCalendarMonth() {
        LocalDate firstOfThisMonth = LocalDate.now(TASHKENT).withDayOfMonth(1);
        Http.Reply reply = Http.get(stack.apps.queryUrl() + "/api/v1/students/" + world.student() + "/report",
                world.parentToken(), Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.header("Daftar-Watermark")).isNotBlank();
        assertThat(reply.body()).contains(firstOfThisMonth.minusMonths(1) + " to " + firstOfThisMonth.minusDays(1));
    }

    @Test
    void onlyTheLinkedParentsAndAdminsMayReadTheReport() {
        String path = "/api/v1/students/" + world.student() + "/report" + world.query();
        Map<String, String> refused = Map.of(
                "another parent", stack.issuer.token("parent-x-" + world.student(), "PARENT"),
                "the class's teacher", stack.issuer.token(world.teacher(), "TEACHER"),
                "the centre's admin", stack.issuer.token(world.centreAdmin(), "CENTRE_ADMIN"),
                "the child", stack.issuer.token(world.student(), "STUDENT"));

        refused.forEach((who, token) -> {
            Http.Reply reply = get(path, token);
            assertThat(reply.status()).as(who).isEqualTo(403);
            assertThat(reply.header("Content-Type")).as(who).startsWith("application/problem+json");
            assertThat(Http.download(stack.apps.queryUrl() + path.replace("/report?", "/report.pdf?"), token)
                    .status()).as(who + " (PDF)").isEqualTo(403);
        });
        // the stricter rule is the report's: the centre's admin and the child do read the dashboard
        assertThat(get("/api/v1/students/" + world.student() + "/dashboard",
                stack.issuer.token(world.centreAdmin(), "CENTRE_ADMIN")).status()).isEqualTo(200);
        assertThat(get("/api/v1/students/" + world.student() + "/dashboard",
                stack.issuer.token(world.student(), "STUDENT")).status()).isEqualTo(200);
        assertThat(get(path, admin).status()).isEqualTo(200);
        assertThat(get("/api/v1/students/nobody-" + world.student() + "/report", admin).status()).isEqualTo(404);
    }

    @Test
    void badDatesAreBadRequests() {
        String report = "/api/v1/students/" + world.student() + "/report";
        for (String query : List.of("?from=2026-11-10&to=2026-11-09", "?from=2025-01-01&to=2026-01-02",
                "?from=2026-13-01&to=2026-12-01", "?from=yesterday&to=2026-11-01", "?from=2026-11-01")) {
            Http.Reply reply = get(report + query, world.parentToken());

            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(reply.body()).as(query).contains("\"errors\"");
        }
    }

    /** Every read model and the tamper chain have handled every event, the policies' events included. */
    private static void awaitEverythingCaughtUp() {
        ProcessorPositions commandSide = stack.apps.commandSide().getBean(ProcessorPositions.class);
        ProcessorPositions querySide = stack.apps.querySide().getBean(ProcessorPositions.class);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            long head = querySide.head();
            return List.of("progress-policy", "coin-policy").stream()
                    .allMatch(policy -> commandSide.watermark(policy).orElse(-1) >= head)
                    && querySide.watermark(TamperChain.PROCESSING_GROUP).orElse(-1) >= head
                    && querySide.head() == head;
        });
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(2));
        await().atMost(Duration.ofMinutes(1)).until(() -> stack.apps.querySide().getBean(ProcessorPositions.class)
                .watermark(TamperChain.PROCESSING_GROUP).orElse(-1) >= querySide.head());
    }

    private static void childInAClass(String student, String parent, String teacher, String centreAdmin,
                                      String centre, String classId) {
        api.require(201, "/api/v1/centres", admin, "centre-" + centre, """
                {"centreId":"%s","name":"Centre","region":"UZ-TK"}""".formatted(centre));
        api.require(200, "/api/v1/centres/" + centre + "/teachers", admin, "teacher-" + teacher,
                "{\"teacherId\":\"" + teacher + "\"}");
        api.require(201, "/api/v1/classes", admin, "class-" + classId, """
                {"classId":"%s","centreId":"%s","teacherId":"%s","name":"Class"}"""
                .formatted(classId, centre, teacher));
        api.require(201, "/api/v1/students", admin, "register-" + student, """
                {"studentId":"%s","displayName":"%s","birthDate":"2017-04-04","language":"uz-Latn"}"""
                .formatted(student, NAME));
        api.require(200, "/api/v1/classes/" + classId + "/students", admin, "enrol-" + student,
                "{\"studentId\":\"" + student + "\"}");
        api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                "{\"guardianId\":\"" + parent + "\"}");
        api.require(200, "/api/v1/centres/" + centre + "/admins", admin, "appoint-" + centreAdmin,
                "{\"adminId\":\"" + centreAdmin + "\"}");
    }

    private static void answer(String student, String answerId, String skill, boolean correct, long millis,
                               Instant at) {
        api.require(200, "/api/v1/practice/answers", stack.issuer.token(student, "STUDENT"), answerId + student, """
                {"answerId":"%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"%s",\
                "skill":"%s","givenAnswer":"7","correct":%s,"timeTakenMillis":%d,"answeredAt":"%s"}"""
                .formatted(answerId + "-" + student, student, student, answerId, skill, correct, millis, at));
    }

    /** A published olympiad of one question worth 3 points, open for the next hour, so it never freezes here. */
    private static void openOlympiad(String olympiad) {
        Instant now = Instant.now();
        api.require(201, "/api/v1/olympiads", admin, "create-" + olympiad, """
                {"olympiadId":"%s","titles":{"uz-Latn":"Matematika"},"subject":"math","minAge":6,"maxAge":14,\
                "questions":[{"questionId":"q1","points":3,"answerKey":"a"}],"schedule":{"registrationOpens":"%s",\
                "registrationCloses":"%s","startOpens":"%s","startCloses":"%s","durationSeconds":600,\
                "finalDeadline":"%s"},"entryFee":0}""".formatted(olympiad, now.minusSeconds(60),
                now.plusSeconds(3600), now.minusSeconds(60), now.plusSeconds(3600), now.plusSeconds(7200)));
        api.require(200, "/api/v1/olympiads/" + olympiad + "/publication", admin, "publish-" + olympiad, "");
    }

    private static void takeOlympiad(String student, String olympiad) {
        Instant now = Instant.now();
        String token = stack.issuer.token(student, "STUDENT");
        api.require(200, "/api/v1/subscriptions/entitlements", admin, "entitle-" + student, """
                {"entitlementId":"olympiads-month","studentId":"%s","product":"olympiads","validFrom":"%s",\
                "validUntil":"%s","source":"payme-1"}""".formatted(student, now.minusSeconds(3600),
                now.plus(Duration.ofDays(30))));
        String participation = "/api/v1/olympiads/" + olympiad + "/participants/" + student;
        api.require(200, "/api/v1/olympiads/" + olympiad + "/registrations", token, "register-" + olympiad,
                "{\"studentId\":\"" + student + "\"}");
        api.require(200, participation + "/start", token, "start-" + olympiad, "");
        api.require(200, participation + "/submission", token, "submit-" + olympiad, "{\"answers\":{\"q1\":\"a\"}}");
    }

    static String text(Browser browser, String selector) {
        return browser.find(selector).getText();
    }

    static JsonNode firstOfKind(JsonNode ledger, String kind) {
        for (JsonNode entry : ledger.get("entries")) {
            if (entry.get("kind").asText().equals(kind)) {
                return entry;
            }
        }
        throw new AssertionError("no " + kind + " entry in " + ledger);
    }

    static Http.Reply get(String path, String token) {
        return Http.get(stack.apps.queryUrl() + path, token, Map.of());
    }
}
