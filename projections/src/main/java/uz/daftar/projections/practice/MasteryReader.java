package uz.daftar.projections.practice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A student's mastery map, by skill. */
@Component
public class MasteryReader {

    private final JdbcTemplate jdbc;

    MasteryReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SkillMasteryRow> mastery(String studentId) {
        return jdbc.query("SELECT * FROM skill_mastery WHERE student_id = ? ORDER BY skill", MasteryReader::row,
                studentId);
    }

    /** The mastery maps of several students at once, by student id; a student without practice has none. */
    public Map<String, List<SkillMasteryRow>> masteryOf(Collection<String> studentIds) {
        Map<String, List<SkillMasteryRow>> maps = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM skill_mastery WHERE student_id = ANY (?) ORDER BY student_id, skill");
            statement.setArray(1, connection.createArrayOf("varchar", studentIds.toArray()));
            return statement;
        }, (RowCallbackHandler) rs -> maps.computeIfAbsent(rs.getString("student_id"), id -> new ArrayList<>())
                .add(row(rs, 0)));
        return maps;
    }

    private static SkillMasteryRow row(ResultSet rs, int row) throws SQLException {
        return new SkillMasteryRow(rs.getString("skill"), rs.getString("level"), rs.getInt("correct_in_a_row"),
                rs.getLong("answers"), rs.getString("rule_version"), rs.getTimestamp("updated_at").toInstant());
    }
}
