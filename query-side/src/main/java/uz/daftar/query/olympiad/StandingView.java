package uz.daftar.query.olympiad;

import java.time.Instant;

/**
 * One place in an olympiad's standings, with the student's id: callers see it only through
 * {@link StandingsDisplay}. {@code prizeCoins} is null while the standings are live.
 */
public record StandingView(int rank, String studentId, int score, Instant submittedAt, Long prizeCoins) {
}
