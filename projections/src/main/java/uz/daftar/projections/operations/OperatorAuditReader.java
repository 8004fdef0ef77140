package uz.daftar.projections.operations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Reads the operator audit, newest first, a page at a time. */
@Component
public class OperatorAuditReader {

    private static final RowMapper<OperatorAuditRow> ROW = (rs, row) -> new OperatorAuditRow(rs.getString("event_id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("operator_id"), rs.getString("operator_role"),
            rs.getString("action"), rs.getString("target"), rs.getString("reason"), rs.getString("outcome"));

    private final JdbcTemplate jdbc;

    public OperatorAuditReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} lines matching the filter, newest first, strictly after {@code before} when given. */
    public List<OperatorAuditRow> page(AuditFilter filter, AuditKey before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM operator_audit WHERE TRUE");
        List<Object> arguments = new ArrayList<>();
        if (filter.operatorId() != null) {
            sql.append(" AND operator_id = ?");
            arguments.add(filter.operatorId());
        }
        if (filter.action() != null) {
            sql.append(" AND action = ?");
            arguments.add(filter.action());
        }
        if (filter.targetPrefix() != null) {
            sql.append(" AND starts_with(target, ?)");
            arguments.add(filter.targetPrefix());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            arguments.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < ?");
            arguments.add(Timestamp.from(filter.to()));
        }
        if (before != null) {
            sql.append(" AND (occurred_at, event_id) < (?, ?)");
            arguments.add(Timestamp.from(before.occurredAt()));
            arguments.add(before.eventId());
        }
        sql.append(" ORDER BY occurred_at DESC, event_id DESC LIMIT ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), ROW, arguments.toArray());
    }
}
