package uz.daftar.command.outside;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Calls made to outside services per feature and day, in the command side's {@code outside_budget} table, so the
 * budget holds across restarts and across instances: a unit is taken by one atomic statement that refuses to go
 * past the limit.
 */
public class DailyBudgets {

    private final JdbcTemplate jdbc;

    public DailyBudgets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes one call from the feature's budget of that day; false when the limit is already reached. */
    public boolean take(OutsideFeature feature, LocalDate day, int limit) {
        if (limit <= 0) {
            return false;
        }
        List<Integer> used = jdbc.queryForList("""
                INSERT INTO outside_budget (feature, day, used) VALUES (?, ?, 1)
                ON CONFLICT (feature, day) DO UPDATE SET used = outside_budget.used + 1
                WHERE outside_budget.used < ?
                RETURNING used""", Integer.class, feature.key(), Date.valueOf(day), limit);
        return !used.isEmpty();
    }

    public int used(OutsideFeature feature, LocalDate day) {
        List<Integer> used = jdbc.queryForList("SELECT used FROM outside_budget WHERE feature = ? AND day = ?",
                Integer.class, feature.key(), Date.valueOf(day));
        return used.isEmpty() ? 0 : used.get(0);
    }
}
