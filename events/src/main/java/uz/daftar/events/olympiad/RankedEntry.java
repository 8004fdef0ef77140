package uz.daftar.events.olympiad;

import java.time.Instant;

/** One line of frozen standings: the participant's final rank, score, submission time and prize in coins (0 for none). */
public record RankedEntry(int rank, String studentId, int score, Instant submittedAt, long prizeCoins) {
}
