package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student's family (a linked guardian) or an admin decided whether the student appears on leaderboards. An
 * unlisted student is not shown to anyone else and not counted in anyone else's rank; their own progress is
 * unchanged. Students are listed until this says otherwise; choosing what already holds emits nothing.
 * {@code changedBy} is the subject of the guardian or admin who decided.
 */
@Revision("1")
public record LeaderboardVisibilityChanged(String studentId, boolean listed, String changedBy, Instant changedAt) {
}
