package uz.daftar.events.games;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A submitted score was judged plausible by the plausibility rule {@code ruleVersion} and counts for the
 * student. Follows the {@link GameScoreSubmitted} it judges; {@code decidedAt} is when it was judged.
 */
@Revision("1")
public record ScoreAccepted(String studentId,
                            Game game,
                            String sessionId,
                            long score,
                            String ruleVersion,
                            Instant decidedAt) {
}
