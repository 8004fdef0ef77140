package uz.daftar.projections.learner;

import java.time.Instant;

/**
 * A class as the roster knows it. {@code teacherId}, {@code name} and {@code openedAt} are null while only its
 * enrolments have been seen.
 */
public record ClassRow(String classId, String centreId, String teacherId, String name, Instant openedAt) {
}
