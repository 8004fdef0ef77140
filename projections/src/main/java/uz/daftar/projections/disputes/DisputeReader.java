package uz.daftar.projections.disputes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Reads the dispute queue and one case with its steps. */
@Component
public class DisputeReader {

    private static final RowMapper<DisputeRow> CASE = (rs, row) -> new DisputeRow(rs.getString("dispute_id"),
            rs.getString("student_id"), rs.getString("opened_by"), rs.getBoolean("opened_by_guardian"),
            rs.getString("ledger_entry_id"), rs.getString("source_event_id"), rs.getString("statement"),
            rs.getString("status"), rs.getString("taken_by"), rs.getString("reason"), rs.getString("correction"),
            (Long) rs.getObject("amount"), rs.getString("correction_entry_id"),
            rs.getTimestamp("opened_at").toInstant(), instant(rs.getTimestamp("decided_at")));
    private static final RowMapper<DisputeStepRow> STEP = (rs, row) -> new DisputeStepRow(rs.getString("dispute_id"),
            rs.getLong("seq"), rs.getString("kind"), rs.getString("actor_id"), rs.getBoolean("by_admin"),
            rs.getString("text"), rs.getString("reference"), rs.getTimestamp("occurred_at").toInstant());

    private final JdbcTemplate jdbc;

    public DisputeReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Disputes of one status, oldest first, at most {@code limit}. */
    public List<DisputeRow> queue(String status, int limit) {
        return jdbc.query("SELECT * FROM dispute_case WHERE status = ? ORDER BY opened_at, dispute_id LIMIT ?", CASE,
                status, limit);
    }

    public Optional<DisputeRow> find(String disputeId) {
        return jdbc.query("SELECT * FROM dispute_case WHERE dispute_id = ?", CASE, disputeId).stream().findFirst();
    }

    /** The case's steps in the order it recorded them. */
    public List<DisputeStepRow> steps(String disputeId) {
        return jdbc.query("SELECT * FROM dispute_step WHERE dispute_id = ? ORDER BY seq", STEP, disputeId);
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
