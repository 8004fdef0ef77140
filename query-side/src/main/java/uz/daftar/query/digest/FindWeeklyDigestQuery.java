package uz.daftar.query.digest;

/** A student's digest of one ISO week in the student's time zone; {@code week} null for the current week. */
public record FindWeeklyDigestQuery(String studentId, IsoWeek week) {
}
