package uz.daftar.command.games;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.games.Game;

import java.time.Instant;

/** Start a session of a game; the student's first session of a game starts their play of it. */
public record StartGameSessionCommand(String studentId, Game game, String sessionId, Instant startedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.player(studentId, game.name());
    }
}
