package uz.daftar.command.games;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.games.Game;

import java.time.Instant;

/**
 * Submit the final score of a started session with the game's telemetry ({@code null} where the game sends none).
 * {@code submittedAt} is the server's time of arrival: the rate caps count in it.
 */
public record SubmitGameScoreCommand(String studentId,
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

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.player(studentId, game.name());
    }
}
