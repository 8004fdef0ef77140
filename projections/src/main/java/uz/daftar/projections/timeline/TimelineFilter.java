package uz.daftar.projections.timeline;

import java.time.Instant;
import java.util.Set;

/** Which entries of a timeline to read: from {@code from} (included) to {@code to} (excluded), of these kinds. */
public record TimelineFilter(Instant from, Instant to, Set<String> kinds) {

    public static final TimelineFilter ALL = new TimelineFilter(null, null, Set.of());
}
