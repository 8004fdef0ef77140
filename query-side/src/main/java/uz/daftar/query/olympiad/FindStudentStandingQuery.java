package uz.daftar.query.olympiad;

/** A participant's place in an olympiad's standings with up to {@code neighbours} places on each side. */
public record FindStudentStandingQuery(String olympiadId, String studentId, int neighbours) {
}
