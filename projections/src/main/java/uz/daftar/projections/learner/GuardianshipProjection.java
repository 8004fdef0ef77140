package uz.daftar.projections.learner;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.learner.GuardianLinked;

import java.sql.Timestamp;

/** Which guardian follows which student: the basis of every parent's access to a child's data. */
@Component
@ProcessingGroup(GuardianshipProjection.PROCESSING_GROUP)
public class GuardianshipProjection {

    public static final String PROCESSING_GROUP = "guardianship";

    private final JdbcTemplate jdbc;

    GuardianshipProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GuardianLinked event) {
        jdbc.update("INSERT INTO guardianship (guardian_id, student_id, linked_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                event.guardianId(), event.studentId(), Timestamp.from(event.linkedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE guardianship");
    }
}
