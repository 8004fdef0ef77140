package uz.daftar.projections.olympiad;

/**
 * How many students reached each step of an olympiad: registered, started, submitted (of them {@code forced} by
 * their deadline), graded, and whose registration was cancelled. Each counts every student who got that far.
 */
public record ParticipationCounts(long registered, long started, long submitted, long forced, long graded,
                                  long cancelled) {
}
