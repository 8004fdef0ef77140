package uz.daftar.command.learner;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.learner.StudentRegistered;

import java.sql.Timestamp;

/**
 * The command side's own set of registered students, for validating commands that name a student. Updated by a
 * subscribing processor, in the same transaction as the registration's append.
 */
@Component
@ProcessingGroup(StudentRegistry.PROCESSING_GROUP)
public class StudentRegistry {

    public static final String PROCESSING_GROUP = "student-registry";

    private final JdbcTemplate jdbc;

    StudentRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isRegistered(String studentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM student_registry WHERE student_id = ?)", Boolean.class, studentId));
    }

    @EventHandler
    void on(StudentRegistered event) {
        jdbc.update("INSERT INTO student_registry (student_id, registered_at) VALUES (?, ?) "
                + "ON CONFLICT (student_id) DO NOTHING", event.studentId(), Timestamp.from(event.registeredAt()));
    }
}
