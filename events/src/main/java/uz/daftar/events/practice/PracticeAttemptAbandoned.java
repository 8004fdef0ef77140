package uz.daftar.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A student left a practice attempt unfinished after {@code answers} answers. */
@Revision("1")
public record PracticeAttemptAbandoned(String attemptId, String studentId, PracticeActivity activity, int answers,
                                       Instant abandonedAt) {
}
