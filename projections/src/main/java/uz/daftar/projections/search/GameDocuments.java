package uz.daftar.projections.search;

import uz.daftar.events.games.GameScoreSubmitted;
import uz.daftar.events.games.GameSessionStarted;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;

import java.util.Optional;

/** Activity documents of the games context. */
final class GameDocuments {

    private GameDocuments() {
    }

    static Optional<ActivityDocument> of(Object event) {
        if (event instanceof GameSessionStarted e) {
            return Optional.of(ActivityDocument.of("GameSessionStarted", e.studentId(), e.startedAt(),
                    "Started a game of " + e.game() + ".").with("game", e.game().name()));
        }
        if (event instanceof GameScoreSubmitted e) {
            return Optional.of(ActivityDocument.of("GameScoreSubmitted", e.studentId(), e.submittedAt(),
                    "Scored " + e.score() + " at " + e.game() + " in " + e.durationMillis() / 1000 + " s.")
                    .with("game", e.game().name()).with("score", e.score()));
        }
        if (event instanceof ScoreAccepted e) {
            return Optional.of(ActivityDocument.of("ScoreAccepted", e.studentId(), e.decidedAt(),
                            "The " + e.game() + " score " + e.score() + " counts (rule " + e.ruleVersion() + ").")
                    .with("game", e.game().name()).with("score", e.score()).with("verdict", "ACCEPTED")
                    .with("ruleVersion", e.ruleVersion()));
        }
        if (event instanceof ScoreQuarantined e) {
            return Optional.of(ActivityDocument.of("ScoreQuarantined", e.studentId(), e.decidedAt(),
                            "The " + e.game() + " score " + e.score() + " was set aside for review: "
                                    + String.join("; ", e.reasons()) + " (rule " + e.ruleVersion() + ").")
                    .with("game", e.game().name()).with("score", e.score()).with("verdict", "QUARANTINED")
                    .with("ruleVersion", e.ruleVersion()));
        }
        return Optional.empty();
    }
}
