package uz.daftar.events.progress;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A student's progress began at level 1 with no XP; streak days are counted in {@code timeZone}. */
@Revision("1")
public record ProgressStarted(String studentId, String timeZone, Instant startedAt) {
}
