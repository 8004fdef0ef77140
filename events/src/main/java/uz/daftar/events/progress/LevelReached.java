package uz.daftar.events.progress;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A student reached a new level with {@code totalXp} under the level rule {@code ruleVersion}. Never lost. */
@Revision("1")
public record LevelReached(String studentId, int level, long totalXp, String ruleVersion, Instant reachedAt) {
}
