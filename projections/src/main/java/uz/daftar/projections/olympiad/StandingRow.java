package uz.daftar.projections.olympiad;

import java.time.Instant;

/** One place in an olympiad's standings. {@code prizeCoins} is null while the standings are live. */
public record StandingRow(int rank, String studentId, int score, Instant submittedAt, Long prizeCoins) {
}
