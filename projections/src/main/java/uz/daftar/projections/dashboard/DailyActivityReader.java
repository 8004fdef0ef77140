package uz.daftar.projections.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's activity per day of their own calendar, summed from the quarter-hour slots of
 * {@link DailyActivityProjection}.
 */
@Component
public class DailyActivityReader {

    private final JdbcTemplate jdbc;

    DailyActivityReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The days from {@code first} to {@code last} (both included) in {@code zone} with any activity, in order. */
    public List<Day> days(String studentId, ZoneId zone, LocalDate first, LocalDate last) {
        return jdbc.query("""
                SELECT (quarter_start AT TIME ZONE ?)::date AS day, sum(answers) AS answers, sum(correct) AS correct,
                       sum(time_spent_ms) AS time_spent_ms, sum(xp) AS xp
                FROM activity_quarter WHERE student_id = ? AND quarter_start >= ? AND quarter_start < ?
                GROUP BY day ORDER BY day
                """, (rs, row) -> new Day(rs.getObject("day", LocalDate.class), rs.getLong("answers"),
                        rs.getLong("correct"), rs.getLong("time_spent_ms"), rs.getLong("xp")),
                zone.getId(), studentId, Timestamp.from(first.atStartOfDay(zone).toInstant()),
                Timestamp.from(last.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Each student's activity from {@code from} (included) to {@code to} (excluded), by student id. */
    public Map<String, Day> totals(Collection<String> studentIds, Instant from, Instant to) {
        Map<String, Day> totals = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    SELECT student_id, sum(answers) AS answers, sum(correct) AS correct,
                           sum(time_spent_ms) AS time_spent_ms, sum(xp) AS xp
                    FROM activity_quarter WHERE student_id = ANY (?) AND quarter_start >= ? AND quarter_start < ?
                    GROUP BY student_id
                    """);
            statement.setArray(1, connection.createArrayOf("varchar", studentIds.toArray()));
            statement.setTimestamp(2, Timestamp.from(from));
            statement.setTimestamp(3, Timestamp.from(to));
            return statement;
        }, (RowCallbackHandler) rs -> totals.put(rs.getString("student_id"), new Day(null, rs.getLong("answers"),
                rs.getLong("correct"), rs.getLong("time_spent_ms"), rs.getLong("xp"))));
        return totals;
    }

    /** One day's (or period's, when {@code day} is null) practice: answers, correct answers, time spent, XP. */
    public record Day(LocalDate day, long answers, long correct, long timeSpentMillis, long xp) {
    }
}
