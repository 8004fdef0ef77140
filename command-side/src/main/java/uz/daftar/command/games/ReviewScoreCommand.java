package uz.daftar.command.games;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.games.Game;

import java.time.Instant;

/** Judge a recorded score again under the current plausibility rule, e.g. after the rule was corrected. */
public record ReviewScoreCommand(String studentId, Game game, String sessionId, Instant reviewedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.player(studentId, game.name());
    }
}
