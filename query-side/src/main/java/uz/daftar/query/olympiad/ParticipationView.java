package uz.daftar.query.olympiad;

import java.util.Map;

/**
 * How many students reached each step of an olympiad: in {@code total}, and per class and per centre that has
 * participants (by id; a student counts in each of their classes and centres).
 */
public record ParticipationView(String olympiadId, Counts total, Map<String, Counts> classes,
                                Map<String, Counts> centres) {

    /** Students who registered, started, submitted (of them {@code forced} at their deadline), were graded, were cancelled. */
    public record Counts(long registered, long started, long submitted, long forced, long graded, long cancelled) {
    }
}
