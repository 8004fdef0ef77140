package uz.daftar.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student answered one item of a practice attempt.
 * <p>
 * {@code answerId} is the client's id for this answer and identifies it for ever: every award that follows from
 * the answer is derived from it. {@code answeredAt} is when the student answered (device time, checked against the
 * server clock on arrival), {@code recordedAt} when Daftar received it; the two differ for answers synced late.
 */
@Revision("1")
public record PracticeAnswerRecorded(String answerId,
                                     String attemptId,
                                     String studentId,
                                     PracticeActivity activity,
                                     String itemId,
                                     String skill,
                                     String givenAnswer,
                                     boolean correct,
                                     long timeTakenMillis,
                                     Instant answeredAt,
                                     Instant recordedAt) {
}
