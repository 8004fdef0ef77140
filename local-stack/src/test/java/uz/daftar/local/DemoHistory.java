package uz.daftar.local;

import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.platform.store.ProcessorPositions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** A demo history sent for a test, and the wait until everything it sets off has happened. */
final class DemoHistory {

    /** The command side's policies: what they do follows the history, so a test waits for them. */
    private static final List<String> POLICIES = List.of("progress-policy", "coin-policy", "olympiad-policy",
            "dispute-policy", "reading-assessment", "audio-retention");
    /** The sprint olympiad's window: long enough for every other student to register, start and submit. */
    private static Duration sprintFor(int students) {
        return Duration.ofSeconds(20).plusMillis(40L * students);
    }

    private DemoHistory() {
    }

    /**
     * Sends the demo history of {@code students} with ids prefixed by {@code idPrefix}, then waits until its sprint
     * olympiad is frozen and every policy has caught up with the store, so nothing more follows from it.
     */
    static void sendAndSettle(TestStack stack, int students, String idPrefix) {
        sendAndSettle(stack, students, idPrefix, DemoData.DEMO_PRACTICE_DAYS);
    }

    /** As above, each student practising on a day of the week with the chance {@code practiceDays}. */
    static void sendAndSettle(TestStack stack, int students, String idPrefix, double practiceDays) {
        new DemoData(stack.apps.commandUrl(), stack.issuer, students, idPrefix, sprintFor(students), practiceDays)
                .seed(Instant.now());
        JdbcTemplate store = stack.apps.commandSide().getBean(JdbcTemplate.class);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> store.queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                "standings:" + DemoData.sprintOf(idPrefix)) > 0);
        awaitPolicies(stack);
    }

    /** Waits until every policy of the command side has handled every stored event: nothing more follows. */
    static void awaitPolicies(TestStack stack) {
        JdbcTemplate store = stack.apps.commandSide().getBean(JdbcTemplate.class);
        ProcessorPositions positions = stack.apps.commandSide().getBean(ProcessorPositions.class);
        await().atMost(Duration.ofMinutes(10)).until(() -> {
            long head = store.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry", Long.class);
            return POLICIES.stream().allMatch(policy -> positions.watermark(policy).orElse(-1) >= head);
        });
    }
}
