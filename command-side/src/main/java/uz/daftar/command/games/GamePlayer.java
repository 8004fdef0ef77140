package uz.daftar.command.games;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.command.games.PlausibilityPolicy.Verdict;
import uz.daftar.events.games.GameScoreSubmitted;
import uz.daftar.events.games.GameSessionStarted;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One student's play of one game (games context): the sessions, their scores and the rate caps that span them.
 * <p>
 * Invariants: a session id is started once (a repeat changes nothing); a score is submitted only for a started
 * session, and once (the same score again changes nothing, another score is refused); every recorded score is
 * followed at once by its verdict under the current {@link PlausibilityPolicy}; recorded scores keep within the
 * {@link RateCaps}; a score judged under an older rule can be reviewed under the current one, and only then.
 * State keeps the latest {@value RateCaps#MAX_SCORED_PER_WINDOW} score times only.
 */
@Aggregate
public class GamePlayer {

    @AggregateIdentifier
    private String streamId;
    private final Set<String> started = new HashSet<>();
    private final Map<String, GameScoreSubmitted> scores = new HashMap<>();
    private final Map<String, String> judgedUnder = new HashMap<>();
    private final Deque<RateCaps.Submission> latest = new ArrayDeque<>();

    protected GamePlayer() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartGameSessionCommand command) {
        if (started.contains(command.sessionId())) {
            return;
        }
        apply(new GameSessionStarted(command.studentId(), command.game(), command.sessionId(), command.startedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SubmitGameScoreCommand command) {
        if (!started.contains(command.sessionId())) {
            throw CommandRejected.notFound("unknown-session", "No session " + command.sessionId() + " of "
                    + command.game() + " was started by " + command.studentId() + ".");
        }
        GameScoreSubmitted scored = scores.get(command.sessionId());
        if (scored != null) {
            if (scored.score() == command.score()) {
                return;
            }
            throw CommandRejected.conflict("session-already-scored", "Session " + command.sessionId()
                    + " already has the score " + scored.score() + ".");
        }
        RateCaps.check(command.game(), latest, command.score(), command.submittedAt());
        GameScoreSubmitted submitted = new GameScoreSubmitted(command.studentId(), command.game(),
                command.sessionId(), command.score(), command.durationMillis(), command.moves(), command.lines(),
                command.level(), command.answers(), command.fastestAnswerMillis(), command.submittedAt());
        apply(submitted);
        judge(submitted, command.submittedAt());
    }

    /** A score judged under an older rule is judged again under the current one; otherwise nothing changes. */
    @CommandHandler
    public void handle(ReviewScoreCommand command) {
        GameScoreSubmitted submitted = scores.get(command.sessionId());
        if (submitted == null) {
            throw CommandRejected.notFound("unscored-session", "Session " + command.sessionId() + " of "
                    + command.game() + " has no score to review.");
        }
        if (!PlausibilityPolicy.CURRENT.equals(judgedUnder.get(command.sessionId()))) {
            judge(submitted, command.reviewedAt());
        }
    }

    private void judge(GameScoreSubmitted score, Instant decidedAt) {
        Verdict verdict = PlausibilityPolicy.judge(score);
        apply(verdict.accepted()
                ? new ScoreAccepted(score.studentId(), score.game(), score.sessionId(), score.score(),
                        verdict.ruleVersion(), decidedAt)
                : new ScoreQuarantined(score.studentId(), score.game(), score.sessionId(), score.score(),
                        verdict.ruleVersion(), verdict.reasons(), decidedAt));
    }

    @EventSourcingHandler
    void on(GameSessionStarted event) {
        streamId = StreamIds.player(event.studentId(), event.game().name());
        started.add(event.sessionId());
    }

    @EventSourcingHandler
    void on(GameScoreSubmitted event) {
        scores.put(event.sessionId(), event);
        RateCaps.remember(latest, new RateCaps.Submission(event.score(), event.submittedAt()));
    }

    @EventSourcingHandler
    void on(ScoreAccepted event) {
        judgedUnder.put(event.sessionId(), event.ruleVersion());
    }

    @EventSourcingHandler
    void on(ScoreQuarantined event) {
        judgedUnder.put(event.sessionId(), event.ruleVersion());
    }
}
