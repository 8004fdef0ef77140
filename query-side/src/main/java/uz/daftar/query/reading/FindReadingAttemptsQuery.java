package uz.daftar.query.reading;

/** A student's reading attempts, newest first, at most {@code limit}. */
public record FindReadingAttemptsQuery(String studentId, int limit) {
}
