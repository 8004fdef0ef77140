package uz.daftar.local;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resetting every processor and replaying the whole store rebuilds read models identical to the live ones, on a
 * history of realistic size: over a thousand students (1,500 unless {@code daftar.it.replay-students} says otherwise)
 * with every kind of event the demo history has — practice, games with a quarantined score, coins spent and held,
 * olympiads frozen and paid, disputes upheld and rejected, opt-outs — a fifth of them delivered late (a week
 * synced newest day first), on top of whatever the other ITs of the run left in the store.
 */
class ReplayEquivalenceIT {

    private static final int STUDENTS = Integer.getInteger("daftar.it.replay-students", 1_500);
    /** Two days of practice in the week on average: the crowd's size costs requests, not each child's week. */
    private static final double PRACTICE_DAYS = 0.3;

    @Test
    void aFullReplayReproducesEveryReadModelExactly() {
        // given a history sent through the API, incrementally projected
        TestStack stack = TestStack.get();
        long started = System.nanoTime();
        DemoHistory.sendAndSettle(stack, STUDENTS, "replay-", PRACTICE_DAYS);
        ReplayCheck replay = new ReplayCheck(stack.apps.querySide());
        replay.awaitCaughtUp(Duration.ofMinutes(10));
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        System.out.printf("replay equivalence: %d students sent and projected in %d s, %d events in the store%n",
                STUDENTS, (System.nanoTime() - started) / 1_000_000_000L,
                jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class));
        Map<String, String> live = ReadModelDigests.of(jdbc, stack.elasticsearch.url());

        // when
        long replayStarted = System.nanoTime();
        replay.resetAndReplayAll(Duration.ofMinutes(10));
        System.out.printf("replay equivalence: every read model replayed in %d s%n",
                (System.nanoTime() - replayStarted) / 1_000_000_000L);

        // then
        Map<String, String> replayed = ReadModelDigests.of(jdbc, stack.elasticsearch.url());
        assertThat(replayed).isEqualTo(live);
        assertThat(live.get("table student_dashboard")).doesNotStartWith("0:");
        assertThat(live.get("index activity")).doesNotStartWith("0:");
        assertThat(live.get("table olympiad_participant")).doesNotStartWith("0:");
        assertThat(live.get("table olympiad_result")).doesNotStartWith("0:");
        assertThat(live.get("table timeline_entry")).doesNotStartWith("0:");
        assertThat(live.get("table timeline_contribution")).doesNotStartWith("0:");
        assertThat(live.get("table dispute_case")).doesNotStartWith("0:");
        assertThat(live.get("table dispute_step")).doesNotStartWith("0:");
        assertThat(live.get("table operator_audit")).doesNotStartWith("0:");
        assertThat(live.get("table reading_attempt")).doesNotStartWith("0:");
    }
}
