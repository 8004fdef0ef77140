package uz.daftar.command.games;

import org.junit.jupiter.api.Test;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.games.RateCaps.Submission;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.daftar.events.games.Game.TETRIS;

class RateCapsTest {

    private static final Instant NOW = Instant.parse("2025-09-03T10:30:00Z");

    @Test
    void onlyTheLatestTwentyScoresAreKept() {
        Deque<Submission> latest = new ArrayDeque<>();

        for (int i = 1; i <= 25; i++) {
            RateCaps.remember(latest, new Submission(i, NOW.plusSeconds(i)));
        }

        assertThat(latest).hasSize(20);
        assertThat(latest.getFirst().score()).isEqualTo(6);
        assertThat(latest.getLast().score()).isEqualTo(25);
    }

    @Test
    void aSameScoreNoLongerKeptIsStillRefusedBecauseTheLatestOnesFillTheWindow() {
        Deque<Submission> latest = new ArrayDeque<>();
        for (int i = 0; i <= 20; i++) {
            RateCaps.remember(latest, new Submission(i == 0 ? 7 : 100 + i, NOW.minusMillis(4000 - 100L * i)));
        }

        assertThat(latest).noneMatch(kept -> kept.score() == 7);
        assertThatThrownBy(() -> RateCaps.check(TETRIS, latest, 7, NOW))
                .isInstanceOfSatisfying(CommandRejected.class, rejected -> {
                    assertThat(rejected.status()).isEqualTo(429);
                    assertThat(rejected.code()).isEqualTo("rate-limited");
                });
    }

    @Test
    void theRateLimitSaysWhenTheNextScoreIsWelcome() {
        Deque<Submission> latest = new ArrayDeque<>();
        for (int i = 20; i >= 1; i--) {
            RateCaps.remember(latest, new Submission(i, NOW.minusSeconds(10L * i)));
        }

        assertThatThrownBy(() -> RateCaps.check(TETRIS, latest, 0, NOW))
                .hasMessageContaining("from " + NOW.minusSeconds(200).plus(RateCaps.WINDOW));
    }
}
