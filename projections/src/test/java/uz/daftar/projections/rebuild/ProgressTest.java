package uz.daftar.projections.rebuild;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void theTimeLeftIsWhatRemainsAtTheRecentRate() {
        // given a shadow that went from 0 to 2,000 in two seconds
        ProgressMeter meter = new ProgressMeter(10 * SECOND);
        meter.sample(0, 0);
        meter.sample(SECOND, 1_000);
        double rate = meter.sample(2 * SECOND, 2_000);

        // when
        Progress progress = Progress.of(2_000, 9_999, rate);

        // then
        assertThat(progress.eventsPerSecond()).isEqualTo(1_000);
        assertThat(progress.percent()).isEqualTo(20.0);
        assertThat(progress.timeLeft()).isEqualTo(Duration.ofMillis(7_999));
    }

    @Test
    void theRateForgetsSamplesOlderThanTheWindow() {
        ProgressMeter meter = new ProgressMeter(2 * SECOND);
        meter.sample(0, 0);
        meter.sample(SECOND, 10_000);
        meter.sample(5 * SECOND, 10_100);

        assertThat(meter.sample(6 * SECOND, 10_200)).isEqualTo(100.0);
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
