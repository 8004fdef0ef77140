package uz.daftar.projections.olympiad;

/**
 * A student's result in one olympiad: the participation's status, the graded score (null until graded) and, once the
 * standings are frozen, the final rank and prize (null before).
 */
public record OlympiadResultRow(String olympiadId, String studentId, String status, Integer score, Integer maxScore,
                                Integer rank, Long prizeCoins) {
}
