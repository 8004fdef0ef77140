package uz.daftar.local;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Resetting every processor and replaying the whole store rebuilds read models identical to the live ones. */
class ReplayEquivalenceIT {

    @Test
    void aFullReplayReproducesEveryReadModelExactly() {
        // given a history sent through the API, incrementally projected
        TestStack stack = TestStack.get();
        DemoHistory.sendAndSettle(stack, 20, "replay-");
        ReplayCheck replay = new ReplayCheck(stack.apps.querySide());
        replay.awaitCaughtUp(Duration.ofMinutes(2));
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        Map<String, String> live = ReadModelDigests.of(jdbc, stack.elasticsearch.url());

        // when
        replay.resetAndReplayAll(Duration.ofMinutes(3));

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
    }
}
