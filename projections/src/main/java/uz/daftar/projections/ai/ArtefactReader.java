package uz.daftar.projections.ai;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads generated artefacts: a student's, a class's, one artefact, a report period's latest narrative. */
@Component
public class ArtefactReader {

    private static final RowMapper<ArtefactRow> ROW = (rs, row) -> new ArtefactRow(rs.getString("artefact_id"),
            rs.getString("kind"), rs.getString("student_id"), rs.getString("class_id"), day(rs.getDate("period_from")),
            day(rs.getDate("period_to")), rs.getString("requested_by"), rs.getString("requester_role"),
            rs.getString("prompt_version"), references(rs.getString("input_references")), rs.getString("status"),
            rs.getString("model"), rs.getString("output"), (Long) rs.getObject("prompt_tokens"),
            (Long) rs.getObject("completion_tokens"), rs.getString("response_id"), rs.getString("failure"),
            rs.getString("message"), rs.getString("decided_by"), rs.getString("reason"),
            instant(rs.getTimestamp("requested_at")), instant(rs.getTimestamp("settled_at")),
            instant(rs.getTimestamp("decided_at")));

    private final JdbcTemplate jdbc;

    public ArtefactReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A student's artefacts, newest first, at most {@code limit}. */
    public List<ArtefactRow> ofStudent(String studentId, int limit) {
        return jdbc.query("SELECT * FROM ai_artefact WHERE student_id = ? ORDER BY requested_at DESC, artefact_id "
                + "LIMIT ?", ROW, studentId, limit);
    }

    /** A class's drafts, newest first, at most {@code limit}; only approved ones when {@code approvedOnly}. */
    public List<ArtefactRow> ofClass(String classId, boolean approvedOnly, int limit) {
        return jdbc.query("SELECT * FROM ai_artefact WHERE class_id = ?" + (approvedOnly ? " AND status = 'APPROVED'"
                : "") + " ORDER BY requested_at DESC, artefact_id LIMIT ?", ROW, classId, limit);
    }

    public Optional<ArtefactRow> find(String artefactId) {
        return jdbc.query("SELECT * FROM ai_artefact WHERE artefact_id = ?", ROW, artefactId).stream().findFirst();
    }

    /**
     * The narrative for exactly this student and report period that shows: the latest generated one, else the latest
     * request still waiting for its text; empty when none was asked for or every one failed.
     */
    public Optional<ArtefactRow> narrative(String studentId, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT * FROM ai_artefact WHERE student_id = ? AND kind = 'PARENT_NARRATIVE' "
                        + "AND period_from = ? AND period_to = ? AND status IN ('GENERATED', 'REQUESTED') "
                        + "ORDER BY status = 'GENERATED' DESC, requested_at DESC, artefact_id LIMIT 1", ROW, studentId,
                Date.valueOf(from), Date.valueOf(to)).stream().findFirst();
    }

    private static List<String> references(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
