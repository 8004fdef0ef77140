package uz.daftar.events.reading;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The speech service could not assess a reading attempt: {@code kind} is the outside call's failure kind
 * (TIMEOUT, RATE_LIMITED, REFUSED, NOT_CONFIGURED, CIRCUIT_OPEN, BUDGET_SPENT, ...) or NO_SPEECH / AUDIO_GONE.
 * The attempt stays open for a teacher's score; a new attempt is the way to ask the service again.
 */
@Revision("1")
public record ReadingAssessmentFailed(String attemptId, String studentId, String kind, String message,
                                      Instant failedAt) {
}
