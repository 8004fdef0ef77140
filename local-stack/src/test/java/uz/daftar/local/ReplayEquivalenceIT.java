package uz.daftar.local;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Resetting every processor and replaying the whole store rebuilds read models identical to the live ones. */
class ReplayEquivalenceIT {

    @Test
    void aFullReplayReproducesEveryReadModelExactly() {
        // given a history sent through the API, incrementally projected
        TestStack stack = TestStack.get();
        new DemoData(stack.apps.commandUrl(), stack.issuer, 20, "replay-", false).seed(Instant.now());
        ReplayCheck replay = new ReplayCheck(stack.apps.querySide());
        awaitPoliciesSettled(stack);
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
    }

    /** XP follows answers through the progress policy; wait until it has no more to do. */
    private static void awaitPoliciesSettled(TestStack stack) {
        JdbcTemplate jdbc = stack.apps.commandSide().getBean(JdbcTemplate.class);
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> {
            long head = jdbc.queryForObject("SELECT max(globalIndex) FROM DomainEventEntry", Long.class);
            return stack.apps.commandSide().getBean(uz.daftar.platform.store.ProcessorPositions.class)
                    .watermark("progress-policy").orElse(-1) >= head;
        });
    }
}
