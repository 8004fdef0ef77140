package uz.daftar.projections.leaderboard;

import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.events.games.GameScoreSubmitted;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;
import uz.daftar.events.learner.LeaderboardVisibilityChanged;
import uz.daftar.events.learner.LearningCentreRegistered;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.progress.XpAwarded;

/**
 * A changed version of the leaderboards, for the blue/green IT: every XP award counts double, everything else is
 * the deployed projection's rule.
 */
public final class DoubleXpLeaderboards {

    private final LeaderboardProjection projection;

    public DoubleXpLeaderboards(JdbcTemplate jdbc) {
        this.projection = new LeaderboardProjection(jdbc, new LeaderboardWriter(jdbc));
    }

    @EventHandler
    void on(XpAwarded event) {
        projection.on(new XpAwarded(event.studentId(), event.awardId(), event.amount() * 2, event.totalXp() * 2,
                event.sourceEventId(), event.sourceType(), event.ruleVersion(), event.occurredAt()));
    }

    @EventHandler
    void on(GameScoreSubmitted event) {
        projection.on(event);
    }

    @EventHandler
    void on(ScoreAccepted event) {
        projection.on(event);
    }

    @EventHandler
    void on(ScoreQuarantined event) {
        projection.on(event);
    }

    @EventHandler
    void on(StudentEnrolled event) {
        projection.on(event);
    }

    @EventHandler
    void on(LearningCentreRegistered event) {
        projection.on(event);
    }

    @EventHandler
    void on(LeaderboardVisibilityChanged event) {
        projection.on(event);
    }
}
