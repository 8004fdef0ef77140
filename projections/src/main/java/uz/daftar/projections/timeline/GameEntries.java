package uz.daftar.projections.timeline;

import uz.daftar.events.games.GameScoreSubmitted;
import uz.daftar.events.games.GameSessionStarted;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;

import java.util.List;

/** Timeline entries of the games context: sessions, scores and their plausibility verdicts. */
final class GameEntries {

    static final List<Class<?>> EVENTS = List.of(GameSessionStarted.class, GameScoreSubmitted.class,
            ScoreAccepted.class, ScoreQuarantined.class);

    private GameEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof GameSessionStarted e) {
            return List.of(TimelineFact.of(e.studentId(), e.startedAt(), "Started a game of " + Words.game(e.game())
                    + ".").source(e.sessionId()).figure("game", e.game().name()));
        }
        if (event instanceof GameScoreSubmitted e) {
            return List.of(TimelineFact.of(e.studentId(), e.submittedAt(), "Finished a game of "
                            + Words.game(e.game()) + " with a score of " + e.score() + " after "
                            + Words.duration(e.durationMillis()) + ".")
                    .source(e.sessionId()).figure("game", e.game().name()).figure("score", e.score())
                    .figure("durationMillis", e.durationMillis()).figure("moves", e.moves())
                    .figure("lines", e.lines()).figure("level", e.level()).figure("answers", e.answers())
                    .figure("fastestAnswerMillis", e.fastestAnswerMillis()));
        }
        if (event instanceof ScoreAccepted e) {
            return List.of(TimelineFact.of(e.studentId(), e.decidedAt(), "The " + Words.game(e.game())
                            + " score of " + e.score() + " counts (checked under rule " + e.ruleVersion() + ").")
                    .rule(e.ruleVersion()).source(e.sessionId()).figure("game", e.game().name())
                    .figure("score", e.score()));
        }
        if (event instanceof ScoreQuarantined e) {
            return List.of(TimelineFact.of(e.studentId(), e.decidedAt(), "The " + Words.game(e.game())
                            + " score of " + e.score() + " is held for a review and does not count for now (rule "
                            + e.ruleVersion() + "): " + String.join("; ", e.reasons()) + ".")
                    .rule(e.ruleVersion()).source(e.sessionId()).figure("game", e.game().name())
                    .figure("score", e.score()).figure("reasons", e.reasons()));
        }
        return List.of();
    }
}
