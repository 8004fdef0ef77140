package uz.daftar.projections.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Reads the class roster: students' classes, classes' students and teachers, classes' centres and centres' admins. */
@Component
public class RosterReader {

    private static final RowMapper<ClassRow> CLASS = (rs, row) -> {
        Timestamp openedAt = rs.getTimestamp("opened_at");
        return new ClassRow(rs.getString("class_id"), rs.getString("centre_id"), rs.getString("teacher_id"),
                rs.getString("name"), openedAt == null ? null : openedAt.toInstant());
    };

    private final JdbcTemplate jdbc;

    RosterReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The classes the student is enrolled in, by class id. */
    public List<ClassRow> classesOf(String studentId) {
        return jdbc.query("""
                SELECT e.class_id, e.centre_id, c.teacher_id, c.name, c.opened_at
                FROM roster_enrolment e LEFT JOIN roster_class c ON c.class_id = e.class_id
                WHERE e.student_id = ? ORDER BY e.class_id
                """, CLASS, studentId);
    }

    /** The classes the teacher teaches, by class id. */
    public List<ClassRow> classesTaughtBy(String teacherId) {
        return jdbc.query("SELECT * FROM roster_class WHERE teacher_id = ? ORDER BY class_id", CLASS, teacherId);
    }

    /** The class, whether it was seen opened or only through its enrolments. */
    public Optional<ClassRow> findClass(String classId) {
        return jdbc.query("""
                SELECT class_id, centre_id, teacher_id, name, opened_at FROM roster_class WHERE class_id = ?
                UNION ALL
                SELECT class_id, centre_id, NULL, NULL, NULL FROM roster_enrolment WHERE class_id = ?
                LIMIT 1
                """, CLASS, classId, classId).stream().findFirst();
    }

    /** The classes opened at the centre, by id. */
    public List<ClassRow> classesOfCentre(String centreId) {
        return jdbc.query("SELECT class_id, centre_id, teacher_id, name, opened_at FROM roster_class "
                + "WHERE centre_id = ? ORDER BY class_id", CLASS, centreId);
    }

    /** The students of the class, by id. */
    public List<String> studentsOf(String classId) {
        return jdbc.queryForList("SELECT student_id FROM roster_enrolment WHERE class_id = ? ORDER BY student_id",
                String.class, classId);
    }

    public Optional<String> centreOfClass(String classId) {
        return findClass(classId).map(ClassRow::centreId);
    }

    /** Whether any class of the centre, any enrolment in it or any of its admins is known. */
    public boolean centreKnown(String centreId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM roster_class WHERE centre_id = ?)
                    OR EXISTS (SELECT 1 FROM roster_enrolment WHERE centre_id = ?)
                    OR EXISTS (SELECT 1 FROM roster_centre_admin WHERE centre_id = ?)
                """, Boolean.class, centreId, centreId, centreId));
    }

    public boolean teachesClass(String teacherId, String classId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM roster_class WHERE class_id = ? AND teacher_id = ?)",
                Boolean.class, classId, teacherId));
    }

    /** Whether the teacher teaches one of the student's classes. */
    public boolean teachesStudent(String teacherId, String studentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM roster_enrolment e JOIN roster_class c ON c.class_id = e.class_id
                               WHERE e.student_id = ? AND c.teacher_id = ?)
                """, Boolean.class, studentId, teacherId));
    }

    /** Whether the account was appointed an admin of the centre. */
    public boolean administersCentre(String adminId, String centreId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM roster_centre_admin WHERE admin_id = ? AND centre_id = ?)",
                Boolean.class, adminId, centreId));
    }

    /** Whether the account was appointed an admin of the class's centre (known from the class or its enrolments). */
    public boolean administersClass(String adminId, String classId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM roster_centre_admin
                               WHERE admin_id = ? AND centre_id IN (
                                   SELECT centre_id FROM roster_class WHERE class_id = ?
                                   UNION SELECT centre_id FROM roster_enrolment WHERE class_id = ?))
                """, Boolean.class, adminId, classId, classId));
    }

    /** Whether the account was appointed an admin of the centre of one of the student's classes. */
    public boolean administersStudent(String adminId, String studentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM roster_enrolment e JOIN roster_centre_admin a ON a.centre_id = e.centre_id
                               WHERE e.student_id = ? AND a.admin_id = ?)
                """, Boolean.class, studentId, adminId));
    }
}
