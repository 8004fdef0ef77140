package uz.daftar.projections.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;

/** Reads the student dashboard read model; the only way other modules see it. */
@Component
public class DashboardReader {

    private final JdbcTemplate jdbc;

    DashboardReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StudentDashboardRow> find(String studentId) {
        return jdbc.query("SELECT * FROM student_dashboard WHERE student_id = ? AND registered_at IS NOT NULL",
                (rs, row) ->
                new StudentDashboardRow(rs.getString("student_id"), rs.getString("profile_key_id"),
                        rs.getString("sealed_profile"), rs.getString("time_zone"), rs.getString("language"),
                        instant(rs.getTimestamp("registered_at")), rs.getLong("answers"),
                        rs.getLong("correct_answers"), rs.getLong("practice_millis"), rs.getLong("total_xp"),
                        rs.getInt("level"), rs.getInt("current_streak"), rs.getInt("best_streak"),
                        rs.getObject("last_streak_day", java.time.LocalDate.class), rs.getInt("streak_freezes"),
                        rs.getLong("coin_balance"), rs.getLong("coins_held"), instant(rs.getTimestamp("last_active_at"))), studentId).stream().findFirst();
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
