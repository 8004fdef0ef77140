package uz.daftar.events.games;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student submitted the final score of a game session, with the telemetry the game sends. Recorded as sent,
 * plausible or not: the verdict follows as {@link ScoreAccepted} or {@link ScoreQuarantined}, so that a corrected
 * plausibility rule can judge the same submission again.
 * <p>
 * The telemetry fields other than {@code durationMillis} are {@code null} when the game does not send them:
 * {@code moves} (2048 swipes, Memory pair flips), {@code lines} cleared and the final {@code level} (Tetris),
 * {@code answers} given and the {@code fastestAnswerMillis} among them (Math Monster). {@code submittedAt} is the
 * server time at which the score arrived.
 */
@Revision("1")
public record GameScoreSubmitted(String studentId,
                                 Game game,
                                 String sessionId,
                                 long score,
                                 long durationMillis,
                                 Integer moves,
                                 Integer lines,
                                 Integer level,
                                 Integer answers,
                                 Long fastestAnswerMillis,
                                 Instant submittedAt) {
}
