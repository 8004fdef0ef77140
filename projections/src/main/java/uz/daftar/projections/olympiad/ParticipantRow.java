package uz.daftar.projections.olympiad;

import java.time.Instant;

/**
 * One student's participation in an olympiad: {@code status} is {@code REGISTERED}, {@code STARTED},
 * {@code SUBMITTED} or {@code CANCELLED}; {@code score} and {@code maxScore} are set once graded.
 */
public record ParticipantRow(String olympiadId,
                             String studentId,
                             String status,
                             Instant registeredAt,
                             Instant startedAt,
                             Instant personalDeadline,
                             Instant submittedAt,
                             Boolean forced,
                             Integer score,
                             Integer maxScore,
                             Instant cancelledAt) {
}
