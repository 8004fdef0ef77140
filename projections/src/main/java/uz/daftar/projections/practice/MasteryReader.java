package uz.daftar.projections.practice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** A student's mastery map, by skill. */
@Component
public class MasteryReader {

    private final JdbcTemplate jdbc;

    MasteryReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SkillMasteryRow> mastery(String studentId) {
        return jdbc.query("SELECT * FROM skill_mastery WHERE student_id = ? ORDER BY skill", (rs, row) ->
                new SkillMasteryRow(rs.getString("skill"), rs.getString("level"), rs.getInt("correct_in_a_row"),
                        rs.getLong("answers"), rs.getString("rule_version"), rs.getTimestamp("updated_at").toInstant()),
                studentId);
    }
}
