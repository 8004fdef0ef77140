package uz.daftar.query.reading;

/** The reading attempts of a class's students, newest first; {@code status} null for every status. */
public record FindClassReadingAttemptsQuery(String classId, String status, int limit) {
}
