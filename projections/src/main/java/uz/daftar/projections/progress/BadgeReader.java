package uz.daftar.projections.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** A student's badges, newest first. */
@Component
public class BadgeReader {

    private final JdbcTemplate jdbc;

    BadgeReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<BadgeRow> badges(String studentId) {
        return jdbc.query("SELECT * FROM student_badge WHERE student_id = ? ORDER BY earned_at DESC, badge_id",
                (rs, row) -> new BadgeRow(rs.getString("badge_id"), rs.getString("rule_version"),
                        rs.getString("source_event_id"), rs.getTimestamp("earned_at").toInstant()), studentId);
    }
}
