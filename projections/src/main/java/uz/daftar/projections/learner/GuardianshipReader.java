package uz.daftar.projections.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers whether a guardian follows a student, and whom a guardian follows. */
@Component
public class GuardianshipReader {

    private final JdbcTemplate jdbc;

    GuardianshipReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean follows(String guardianId, String studentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM guardianship WHERE guardian_id = ? AND student_id = ?)",
                Boolean.class, guardianId, studentId));
    }

    public List<String> children(String guardianId) {
        return jdbc.queryForList("SELECT student_id FROM guardianship WHERE guardian_id = ? ORDER BY student_id",
                String.class, guardianId);
    }
}
