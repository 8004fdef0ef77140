package uz.daftar.local;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.projections.timeline.TimelineProjection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations console in a real headless Chromium: nothing without a token; with an admin's, every processor of
 * both apps; and while a read model replays, a progress bar that moves until it is caught up again. The replay is
 * made long enough to watch by a PostgreSQL trigger that sleeps a little on every write of the replayed read model
 * (dropped in a {@code finally}), and the store is given enough events first when it has few.
 */
class ConsoleIT {

    private static final long EVENTS_FOR_A_VISIBLE_REPLAY = 1200;
    private static final double REPLAY_SECONDS = 16;
    private static final String REPLAYED = TimelineProjection.PROCESSING_GROUP;

    static TestStack stack;
    static String admin;

    @BeforeAll
    static void startStack() {
        stack = TestStack.get();
        admin = stack.issuer.token("console-admin", "ADMIN");
    }

    @Test
    void withoutATokenThePageShowsNoData() {
        try (Browser browser = Browser.open()) {
            browser.visit(stack.apps.queryUrl() + "/console/");

            assertThat(browser.title()).isEqualTo("Daftar operations console");
            assertThat(browser.find("#sign-in").isDisplayed()).isTrue();
            assertThat(browser.find("label[for=token]").getText()).isEqualTo("Bearer token");
            assertThat(browser.findAll("#processors tbody tr")).isEmpty();
            assertThat(browser.find("#operations").isDisplayed()).isFalse();
        }
    }

    @Test
    void aStudentsTokenIsNotAccepted() {
        try (Browser browser = Browser.open()) {
            browser.visit(stack.apps.queryUrl() + "/console/");
            signIn(browser, stack.issuer.token("kid", "STUDENT"));

            String alert = browser.until(page -> {
                String text = browser.find("#problem").getText();
                return text.isBlank() ? null : text;
            }, Duration.ofSeconds(30));
            assertThat(alert).contains("not accepted");
            assertThat(browser.findAll("#processors tbody tr")).isEmpty();
        }
    }

    @Test
    void anAdminSeesEveryProcessorOfBothAppsAndAReplayProgressingUntilCaughtUp() throws Exception {
        ensureEvents(EVENTS_FOR_A_VISIBLE_REPLAY);
        try (Browser browser = Browser.open()) {
            browser.visit(stack.apps.queryUrl() + "/console/");
            signIn(browser, admin);

            // every processor of both apps
            browser.until(page -> browser.findAll("tr[data-app='command-side'][data-processor='coin-policy']").size()
                    == 1 && browser.findAll("tr[data-app='query-side'][data-processor='" + REPLAYED + "']").size()
                    == 1, Duration.ofSeconds(60));
            assertThat(browser.findAll("tr[data-app='query-side'][data-processor='tamper-chain']")).hasSize(1);
            assertThat(browser.findAll("tr[data-app='query-side'][data-processor='operator-audit']")).hasSize(1);
            assertThat(browser.script("return document.querySelector(\"tr[data-processor='student-dashboard']"
                    + " td.dead-letters\").textContent")).asString().contains("seq.");
            assertThat(browser.findAll("#audit-entries").size()).isEqualTo(1);
            // the sign-in form is gone and the token is kept for this tab only
            assertThat(browser.find("#sign-in").isDisplayed()).isFalse();
            assertThat(browser.script("return sessionStorage.getItem('daftar.console.token')")).isEqualTo(admin);

            try (SlowWrites slow = SlowWrites.on("timeline_entry", REPLAY_SECONDS)) {
                // when the timeline replays
                reset(REPLAYED);

                // then its progress bar moves, with events/s and time left, until it is caught up
                List<Double> seen = new ArrayList<>();
                String[] detail = new String[1];
                browser.until(page -> {
                    // read in one script: the table is rebuilt every second, elements found earlier go stale
                    @SuppressWarnings("unchecked")
                    Map<String, Object> row = (Map<String, Object>) browser.script("""
                            const row = document.querySelector("tr[data-processor='%s']");
                            if (!row) return null;
                            const bar = row.querySelector('progress');
                            return {value: bar ? bar.getAttribute('value') : null,
                                    now: bar ? bar.getAttribute('aria-valuenow') : null,
                                    detail: bar ? row.querySelector('.detail').textContent : null,
                                    caughtUp: row.querySelector('.caught-up') !== null};""".formatted(REPLAYED));
                    if (row == null) {
                        return false;
                    }
                    if (row.get("value") != null) {
                        double value = Double.parseDouble((String) row.get("value"));
                        assertThat(row.get("now")).isEqualTo(row.get("value"));
                        if (value < 100 && (seen.isEmpty() || seen.get(seen.size() - 1) != value)) {
                            seen.add(value);
                            detail[0] = (String) row.get("detail");
                        }
                        return false;
                    }
                    return !seen.isEmpty() && Boolean.TRUE.equals(row.get("caughtUp"));
                }, Duration.ofMinutes(4));

                System.out.println("ConsoleIT: progress of the " + REPLAYED + " replay as shown: " + seen + ", " + detail[0]);
                assertThat(seen).as("progress values shown").hasSizeGreaterThanOrEqualTo(2);
                assertThat(seen.get(1)).isGreaterThan(seen.get(0));
                assertThat(seen.get(seen.size() - 1)).isGreaterThan(seen.get(0));
                assertThat(detail[0]).contains("events/s").contains("left");
            } finally {
                new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(4));
            }
            Object caughtUp = browser.until(page -> browser.script("const cell = document.querySelector(\""
                    + "tr[data-processor='" + REPLAYED + "'] td.progress\");"
                    + " return cell && cell.textContent === 'caught up' ? true : null;"), Duration.ofSeconds(30));
            assertThat(caughtUp).isEqualTo(Boolean.TRUE);
        }
    }

    @Test
    void anAdminRetriesOneParkedSequenceAndEvictsAnotherWithAReasonAndSeesBothInTheAudit() {
        String retried = "console-r-" + UUID.randomUUID().toString().substring(0, 8);
        String evicted = "console-e-" + UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        String trigger = "console_it_poison_" + UUID.randomUUID().toString().replace("-", "");
        try (Browser browser = Browser.open()) {
            try {
                jdbc.execute("""
                        CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            IF NEW.student_id IN ('%s', '%s') THEN
                                RAISE EXCEPTION 'poisoned student %%', NEW.student_id;
                            END IF;
                            RETURN NEW;
                        END $$""".formatted(trigger, retried, evicted));
                jdbc.execute(("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON guardianship FOR EACH ROW "
                        + "EXECUTE FUNCTION %s()").formatted(trigger, trigger));
                Http.Target api = new Http.Target(stack.apps.commandUrl());
                for (String student : List.of(retried, evicted)) {
                    api.require(201, "/api/v1/students", admin, "register-" + student, """
                            {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                            .formatted(student));
                    api.require(200, "/api/v1/students/" + student + "/guardians", admin, "link-" + student,
                            "{\"guardianId\":\"parent-of-" + student + "\"}");
                }
                browser.visit(stack.apps.queryUrl() + "/console/");
                signIn(browser, admin);

                // both sequences park; the console offers the guardianship's letters
                browser.until(page -> browser.script("""
                        const show = document.querySelector("tr[data-processor='guardianship'] button.show-letters");
                        if (!show) return null;
                        show.click();
                        return true;"""), Duration.ofMinutes(2));
                browser.until(page -> {
                    if (browser.findAll(".sequence[data-sequence='" + retried + "']").isEmpty()
                            || browser.findAll(".sequence[data-sequence='" + evicted + "']").isEmpty()) {
                        browser.script("document.querySelector(\"tr[data-processor='guardianship'] "
                                + "button.show-letters\")?.click()");
                        return false;
                    }
                    return true;
                }, Duration.ofMinutes(2));
                assertThat(browser.find(".sequence[data-sequence='" + retried + "']").getText())
                        .contains("GuardianLinked").contains("poisoned student " + retried);
            } finally {
                jdbc.execute("DROP TRIGGER IF EXISTS " + trigger + " ON guardianship");
                jdbc.execute("DROP FUNCTION IF EXISTS " + trigger + "()");
            }

            // when the admin retries one after the fix, and evicts the other with a reason
            browser.find(".sequence[data-sequence='" + retried + "'] button").click();
            browser.until(page -> browser.findAll(".sequence[data-sequence='" + retried + "']").isEmpty(),
                    Duration.ofSeconds(60));
            browser.find(".sequence[data-sequence='" + evicted + "'] input").sendKeys("linked by mistake");
            browser.find("label[for='reason-" + evicted + "']");
            browser.script("document.querySelector(\".sequence[data-sequence='" + evicted
                    + "'] button:last-of-type\").click()");
            browser.until(page -> browser.findAll(".sequence[data-sequence='" + evicted + "']").isEmpty(),
                    Duration.ofSeconds(60));

            // then both are in the operator audit the console shows, with the reason
            String audit = browser.until(page -> {
                browser.script("document.querySelector('#audit-form button').click()");
                Object text = browser.script("""
                        const rows = [...document.querySelectorAll('#audit-entries tbody tr')]
                            .filter(row => row.dataset.target.endsWith('%s') || row.dataset.target.endsWith('%s'));
                        return rows.length === 2 ? rows.map(row => row.textContent).join('\\n') : null;"""
                        .formatted(retried, evicted));
                return (String) text;
            }, Duration.ofSeconds(60));
            assertThat(audit).contains("DEAD_LETTER_RETRIED").contains("guardianship/" + retried)
                    .contains("DEAD_LETTER_EVICTED").contains("guardianship/" + evicted)
                    .contains("linked by mistake").contains("console-admin (ADMIN)");
        } finally {
            // the evicted link is still an event: a replay brings the read model back to what the events say
            reset("guardianship");
            new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(3));
        }
    }

    @Test
    void anAnalystRebuildsTheLeaderboardsFromTheConsoleAndAnAdminReadsTheDiffAndCutsOver() throws Exception {
        ensureEvents(EVENTS_FOR_A_VISIBLE_REPLAY);
        String rebuild = null;
        try (Browser browser = Browser.open()) {
            browser.visit(stack.apps.queryUrl() + "/console/");
            signIn(browser, stack.issuer.token("console-analyst", "ANALYST"));
            browser.until(page -> browser.findAll("#rebuild-models option[value='leaderboards']").size() == 1,
                    Duration.ofSeconds(60));

            // an analyst starts the rebuild
            browser.find("#rebuild-model").sendKeys("leaderboards");
            browser.find("#rebuild-reason").sendKeys("check the boards after the tie-break change");
            browser.find("#rebuild-form button[type=submit]").click();

            // its row shows the progress until the shadow has caught up
            String[] progress = new String[1];
            rebuild = browser.until(page -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) browser.script("""
                        const row = [...document.querySelectorAll('#rebuild-list tbody tr')]
                            .find(r => r.querySelector('th').textContent === 'leaderboards'
                                && r.textContent.includes('tie-break change'));
                        return row ? {id: row.dataset.rebuild, state: row.dataset.state,
                                      detail: (row.querySelector('.detail') || {}).textContent || null} : null;""");
                if (row == null) {
                    return null;
                }
                progress[0] = row.get("detail") == null ? progress[0] : (String) row.get("detail");
                return "CAUGHT_UP".equals(row.get("state")) ? (String) row.get("id") : null;
            }, Duration.ofMinutes(4));
            System.out.println("ConsoleIT: rebuild progress as shown: " + progress[0]);
            assertThat(progress[0]).contains("events/s").contains("left");
            String row = "#rebuild-list tr[data-rebuild='" + rebuild + "']";

            // an admin reads the diff and cuts over
            browser.find("#sign-out").click();
            browser.until(page -> browser.find("#sign-in").isDisplayed(), Duration.ofSeconds(30));
            signIn(browser, admin);
            browser.until(page -> browser.findAll(row + " button.rebuild-diff").size() == 1, Duration.ofSeconds(60));
            browser.script("document.querySelector(\"" + row + " button.rebuild-diff\").click()");
            String totals = browser.until(page -> {
                List<WebElement> shown = browser.findAll("#rebuild-diff .diff-totals");
                return shown.isEmpty() ? null : shown.get(0).getText();
            }, Duration.ofSeconds(60));
            assertThat(totals).contains("0 students affected").contains("0 board entries changed");
            browser.script("document.querySelector(\"" + row + " button.rebuild-cut-over\").click()");
            browser.until(page -> browser.findAll(row + "[data-state='CUT_OVER']").size() == 1,
                    Duration.ofMinutes(2));
        } finally {
            if (rebuild != null) {
                Http.Reply state = Http.get(stack.apps.queryUrl() + "/api/v1/admin/rebuilds/" + rebuild, admin,
                        Map.of());
                if (!state.body().contains("CUT_OVER")) {
                    Http.post(stack.apps.queryUrl() + "/api/v1/admin/rebuilds/" + rebuild + "/cancellation", admin,
                            "{\"reason\":\"test ended\"}", Map.of());
                }
            }
        }
    }

    private static void signIn(Browser browser, String token) {
        browser.find("#token").sendKeys(token);
        browser.find("#token-form button[type=submit]").click();
    }

    private static void reset(String processorName) {
        StreamingEventProcessor processor = stack.apps.querySide().getBean(EventProcessingConfiguration.class)
                .eventProcessor(processorName, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** Appends practice answers of new students until the store holds at least {@code events} events. */
    private static void ensureEvents(long events) throws Exception {
        ProcessorPositions positions = stack.apps.querySide().getBean(ProcessorPositions.class);
        Http.Target api = new Http.Target(stack.apps.commandUrl());
        while (positions.head() < events) {
            String student = "console-" + UUID.randomUUID().toString().substring(0, 8);
            api.require(201, "/api/v1/students", admin, "register-" + student, """
                    {"studentId":"%s","displayName":"Kid","birthDate":"2016-05-05","language":"uz-Latn"}"""
                    .formatted(student));
            String token = stack.issuer.token(student, "STUDENT");
            QueryReads.parallel(40, 4, n -> api.require(200, "/api/v1/practice/answers", token,
                    "console-" + n + "-" + student, """
                    {"answerId":"a%d-%s","attemptId":"attempt-%s","studentId":"%s","activity":"QUIZ","itemId":"q%d",\
                    "skill":"math.add-10","givenAnswer":"7","correct":%s,"timeTakenMillis":3000,"answeredAt":"%s"}"""
                    .formatted(n, student, student, student, n, n % 3 != 0, Instant.now().minusSeconds(600 - n))));
        }
        DemoHistory.awaitPolicies(stack);
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(3));
    }

    /**
     * A trigger that makes every insert or update of a read-model table sleep, so that rewriting the table's current
     * rows takes about {@code seconds}; {@link #close()} drops it.
     */
    private record SlowWrites(JdbcTemplate jdbc, String name, String table) implements AutoCloseable {

        static SlowWrites on(String table, double seconds) {
            JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
            long rows = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
            double perRow = Math.min(0.05, Math.max(0.002, seconds / Math.max(1, rows)));
            String name = "console_it_slow_" + UUID.randomUUID().toString().replace("-", "");
            SlowWrites slow = new SlowWrites(jdbc, name, table);
            jdbc.execute("""
                    CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        PERFORM pg_sleep(%s);
                        RETURN NEW;
                    END $$""".formatted(name, perRow));
            try {
                jdbc.execute("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION %s()"
                        .formatted(name, table, name));
            } catch (RuntimeException e) {
                slow.close();
                throw e;
            }
            return slow;
        }

        @Override
        public void close() {
            jdbc.execute("DROP TRIGGER IF EXISTS " + name + " ON " + table);
            jdbc.execute("DROP FUNCTION IF EXISTS " + name + "()");
        }
    }
}
