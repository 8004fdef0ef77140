package uz.daftar.projections.reading;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A student's reading attempts, newest first. */
@Component
public class ReadingReader {

    private static final TypeReference<List<ReadingAttemptRow.Word>> WORDS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    ReadingReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReadingAttemptRow> attempts(String studentId, int limit) {
        return jdbc.query("SELECT * FROM reading_attempt WHERE student_id = ? "
                + "ORDER BY submitted_at DESC, attempt_id LIMIT ?", ReadingReader::row, studentId, limit);
    }

    /**
     * The reading attempts of several students (a class), newest first, optionally only those in one status
     * (SUBMITTED: waiting for a teacher).
     */
    public List<ReadingAttemptRow> attemptsOf(Collection<String> studentIds, String status, int limit) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT * FROM reading_attempt "
                    + "WHERE student_id = ANY (?) AND (? IS NULL OR status = ?) "
                    + "ORDER BY submitted_at DESC, attempt_id LIMIT ?");
            statement.setArray(1, connection.createArrayOf("varchar", studentIds.toArray()));
            statement.setString(2, status);
            statement.setString(3, status);
            statement.setInt(4, limit);
            return statement;
        }, ReadingReader::row);
    }

    private static ReadingAttemptRow row(ResultSet rs, int row) throws SQLException {
        return new ReadingAttemptRow(rs.getString("attempt_id"), rs.getString("student_id"), rs.getString("language"),
                rs.getString("text"), rs.getString("assessor"), rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")), rs.getString("status"), rs.getString("source"),
                rs.getString("assessed_by"), number(rs, "accuracy"), number(rs, "fluency"),
                number(rs, "completeness"), number(rs, "prosody"), number(rs, "pronunciation"),
                rs.getString("words") == null ? List.of() : read(rs.getString("words"), WORDS),
                rs.getString("sdk_version"), rs.getString("settings") == null ? null
                : read(rs.getString("settings"), new TypeReference<ReadingAttemptRow.Settings>() {
                }), instant(rs.getTimestamp("assessed_at")), rs.getString("failure_kind"),
                rs.getString("failure_message"), rs.getBoolean("audio_kept"), rs.getString("audio_deleted_reason"),
                instant(rs.getTimestamp("audio_deleted_at")));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return ReadingAttemptProjection.JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable reading scores in the read model", e);
        }
    }
}
