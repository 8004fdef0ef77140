package uz.daftar.projections.progress;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.progress.BadgeEarned;

import java.sql.Timestamp;

/** Every badge of every student, with the rule version and the learning event that completed it. */
@Component
@ProcessingGroup(BadgeProjection.PROCESSING_GROUP)
public class BadgeProjection {

    public static final String PROCESSING_GROUP = "badges";

    private final JdbcTemplate jdbc;

    BadgeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BadgeEarned event) {
        jdbc.update("INSERT INTO student_badge (student_id, badge_id, rule_version, source_event_id, earned_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.studentId(), event.badgeId(),
                event.ruleVersion(), event.sourceEventId(), Timestamp.from(event.occurredAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE student_badge");
    }
}
