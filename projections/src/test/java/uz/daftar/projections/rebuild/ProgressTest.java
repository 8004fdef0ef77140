package uz.daftar.projections.rebuild;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void theTimeLeftIsWhatRemainsAtTheShadowsRate() {
        // given a shadow at 2,000 of 9,999 going at 1,000 events a second
        Progress progress = Progress.of(2_000, 9_999, 1_000);

        // then
        assertThat(progress.eventsPerSecond()).isEqualTo(1_000);
        assertThat(progress.percent()).isEqualTo(20.0);
        assertThat(progress.timeLeft()).isEqualTo(Duration.ofMillis(7_999));
    }

    @Test
    void withoutARateTheTimeLeftIsUnknownAndAtTheHeadItIsNone() {
        assertThat(Progress.of(-1, 500, 0).timeLeft()).isNull();
        assertThat(Progress.of(-1, 500, 0).percent()).isEqualTo(0.0);
        assertThat(Progress.of(500, 500, 0).timeLeft()).isEqualTo(Duration.ZERO);
        assertThat(Progress.of(500, 500, 0).percent()).isEqualTo(100.0);
        assertThat(Progress.of(-1, -1, 0).percent()).isEqualTo(100.0);
    }
}
