package uz.daftar.events.reading;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A reading attempt was scored, once: by the speech service ({@code source} AZURE, with the SDK version and the
 * settings it ran with) or by a teacher by hand ({@code source} TEACHER, {@code assessedBy} the teacher; per-word
 * scores optional). Scores are 0-100; {@code prosody} is absent where the service or the teacher gave none. The
 * result is a recorded fact: replay and reports read it and never call the service again.
 */
@Revision("1")
public record ReadingAssessed(String attemptId,
                              String studentId,
                              String language,
                              ReadingAssessor source,
                              String assessedBy,
                              double accuracy,
                              double fluency,
                              double completeness,
                              Double prosody,
                              double pronunciation,
                              List<ReadingWord> words,
                              String sdkVersion,
                              AssessmentSettings settings,
                              Instant assessedAt) {
}
