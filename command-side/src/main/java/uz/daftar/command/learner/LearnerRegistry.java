package uz.daftar.command.learner;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.learner.ClassOpened;
import uz.daftar.events.learner.LearningCentreRegistered;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.learner.TeacherJoinedCentre;

import java.sql.Timestamp;
import java.util.Optional;

/**
 * The command side's own sets of students, centres, teachers and classes, for validating commands that name
 * them. Updated by a subscribing processor, in the same transaction as the append that adds to them.
 */
@Component
@ProcessingGroup(LearnerRegistry.PROCESSING_GROUP)
public class LearnerRegistry {

    public static final String PROCESSING_GROUP = "learner-registry";

    private final JdbcTemplate jdbc;

    LearnerRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean studentExists(String studentId) {
        return exists("SELECT 1 FROM student_registry WHERE student_id = ?", studentId);
    }

    public boolean centreExists(String centreId) {
        return exists("SELECT 1 FROM centre_registry WHERE centre_id = ?", centreId);
    }

    public boolean teachesAt(String teacherId, String centreId) {
        return exists("SELECT 1 FROM centre_teacher WHERE teacher_id = ? AND centre_id = ?", teacherId, centreId);
    }

    public Optional<String> centreOfClass(String classId) {
        return jdbc.queryForList("SELECT centre_id FROM class_registry WHERE class_id = ?", String.class, classId)
                .stream().findFirst();
    }

    /** Whether the teacher teaches a class the student is enrolled in. */
    public boolean teachesStudent(String teacherId, String studentId) {
        return exists("SELECT 1 FROM class_registry c JOIN class_student s ON s.class_id = c.class_id "
                + "WHERE c.teacher_id = ? AND s.student_id = ?", teacherId, studentId);
    }

    @EventHandler
    void on(StudentRegistered event) {
        jdbc.update("INSERT INTO student_registry (student_id, registered_at) VALUES (?, ?) "
                + "ON CONFLICT (student_id) DO NOTHING", event.studentId(), Timestamp.from(event.registeredAt()));
    }

    @EventHandler
    void on(LearningCentreRegistered event) {
        jdbc.update("INSERT INTO centre_registry (centre_id) VALUES (?) ON CONFLICT DO NOTHING", event.centreId());
    }

    @EventHandler
    void on(TeacherJoinedCentre event) {
        jdbc.update("INSERT INTO centre_teacher (centre_id, teacher_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.centreId(), event.teacherId());
    }

    @EventHandler
    void on(ClassOpened event) {
        jdbc.update("INSERT INTO class_registry (class_id, centre_id, teacher_id) VALUES (?, ?, ?) "
                + "ON CONFLICT (class_id) DO UPDATE SET teacher_id = EXCLUDED.teacher_id",
                event.classId(), event.centreId(), event.teacherId());
    }

    @EventHandler
    void on(StudentEnrolled event) {
        jdbc.update("INSERT INTO class_student (class_id, student_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.classId(), event.studentId());
    }

    private boolean exists(String sql, Object... args) {
        return !jdbc.queryForList(sql, Integer.class, args).isEmpty();
    }
}
