package uz.daftar.query.timeline;

import uz.daftar.projections.timeline.TimelineKey;

import java.time.Instant;
import java.util.Set;

/**
 * A page of a student's timeline, newest first: at most {@code limit} entries from {@code from} (included) to
 * {@code to} (excluded) of the given kinds (all when empty), after {@code before} (null for the newest).
 */
public record FindTimelineQuery(String studentId, Instant from, Instant to, Set<String> kinds, TimelineKey before,
                                int limit) {
}
