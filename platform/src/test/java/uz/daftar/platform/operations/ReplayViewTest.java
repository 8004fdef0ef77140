package uz.daftar.platform.operations;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How far a replay or catch-up has come, and how long it has left. */
class ReplayViewTest {

    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void percentIsTheWayFromWhereItStoodToTheHeadNow() {
        ProcessorView.ReplayView replay = ProcessorView.ReplayView.between(true, T, -1, 249, 999, 125.0);

        assertThat(replay.percent()).isEqualTo(25.0);
        assertThat(replay.startPosition()).isEqualTo(-1);
        assertThat(replay.targetPosition()).isEqualTo(999);
        assertThat(replay.secondsLeft()).isEqualTo(6.0);
    }

    @Test
    void percentIsRoundedDownSoThatItReachesAHundredOnlyWhenCaughtUp() {
        assertThat(ProcessorView.ReplayView.between(false, T, 0, 9999, 10000, 1.0).percent()).isEqualTo(99.9);
        assertThat(ProcessorView.ReplayView.between(false, T, 0, 10000, 10000, 1.0).percent()).isEqualTo(100.0);
    }

    @Test
    void aProcessorSeenBehindItsFirstSampleStartsWhereItIsNow() {
        ProcessorView.ReplayView replay = ProcessorView.ReplayView.between(true, T, 500, 100, 1100, null);

        assertThat(replay.startPosition()).isEqualTo(100);
        assertThat(replay.percent()).isZero();
    }

    @Test
    void timeLeftIsUnknownWhileNothingMoves() {
        assertThat(ProcessorView.ReplayView.between(false, T, 0, 10, 100, null).secondsLeft()).isNull();
        assertThat(ProcessorView.ReplayView.between(false, T, 0, 10, 100, 0.0).secondsLeft()).isNull();
    }
}
