package uz.daftar.projections.learner;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.learner.CentreAdminAppointed;
import uz.daftar.events.learner.ClassOpened;
import uz.daftar.events.learner.StudentEnrolled;

import java.sql.Timestamp;

/**
 * The class roster: every class with its centre and teacher, every student's classes, and every centre's admins.
 * A class, its enrolments and its centre's admins are kept apart, so a class opened after (in delivery order) its
 * first enrolment, or a centre admin appointed before the centre's classes, gives the same rows.
 */
@Component
@ProcessingGroup(ClassRosterProjection.PROCESSING_GROUP)
public class ClassRosterProjection {

    public static final String PROCESSING_GROUP = "class-roster";

    private final JdbcTemplate jdbc;

    ClassRosterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClassOpened event) {
        jdbc.update("""
                INSERT INTO roster_class (class_id, centre_id, teacher_id, name, opened_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (class_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, teacher_id = EXCLUDED.teacher_id,
                    name = EXCLUDED.name, opened_at = EXCLUDED.opened_at
                """, event.classId(), event.centreId(), event.teacherId(), event.name(),
                Timestamp.from(event.openedAt()));
    }

    @EventHandler
    void on(StudentEnrolled event) {
        jdbc.update("INSERT INTO roster_enrolment (class_id, student_id, centre_id, enrolled_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                event.classId(), event.studentId(), event.centreId(), Timestamp.from(event.enrolledAt()));
    }

    @EventHandler
    void on(CentreAdminAppointed event) {
        jdbc.update("INSERT INTO roster_centre_admin (centre_id, admin_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.centreId(), event.adminId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE roster_class, roster_enrolment, roster_centre_admin");
    }
}
