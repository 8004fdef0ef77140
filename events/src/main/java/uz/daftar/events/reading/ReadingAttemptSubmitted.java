package uz.daftar.events.reading;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student read a text aloud and the attempt was submitted for assessment. The audio is held by Daftar's audio
 * store and named by {@code audioRef} ({@code audio:sha256:<hex>}); the bytes are never in the event. {@code
 * language} is uz-Latn, uz-Cyrl, ru or en; {@code assessor} says who is asked to score it (AZURE: the reading
 * assessment process calls the speech service; TEACHER: it waits for a teacher).
 */
@Revision("1")
public record ReadingAttemptSubmitted(String attemptId,
                                      String studentId,
                                      String text,
                                      String language,
                                      String audioRef,
                                      ReadingAssessor assessor,
                                      String submittedBy,
                                      Instant submittedAt) {
}
