package uz.daftar.projections.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.reading.ReadingAssessed;
import uz.daftar.events.reading.ReadingAssessmentFailed;
import uz.daftar.events.reading.ReadingAttemptSubmitted;
import uz.daftar.events.reading.ReadingAudioDeleted;

import java.sql.Timestamp;

/**
 * Each student's reading attempts: submitted, then assessed (by the speech service or a teacher) or failed, and
 * whether the audio is still kept. An attempt's events share its stream, so they arrive in order; a repeat writes
 * the same row again.
 */
@Component
@ProcessingGroup(ReadingAttemptProjection.PROCESSING_GROUP)
public class ReadingAttemptProjection {

    public static final String PROCESSING_GROUP = "reading-attempts";
    static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    ReadingAttemptProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReadingAttemptSubmitted event) {
        jdbc.update("""
                INSERT INTO reading_attempt (attempt_id, student_id, language, text, assessor, submitted_by,
                    submitted_at, status, audio_kept)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?)
                ON CONFLICT (attempt_id) DO NOTHING
                """, event.attemptId(), event.studentId(), event.language(), event.text(), event.assessor().name(),
                event.submittedBy(), Timestamp.from(event.submittedAt()), event.audioRef() != null);
    }

    @EventHandler
    void on(ReadingAssessed event) {
        jdbc.update("""
                UPDATE reading_attempt SET status = 'ASSESSED', source = ?, assessed_by = ?, accuracy = ?,
                    fluency = ?, completeness = ?, prosody = ?, pronunciation = ?, words = ?, sdk_version = ?,
                    settings = ?, assessed_at = ?
                WHERE attempt_id = ?
                """, event.source().name(), event.assessedBy(), event.accuracy(), event.fluency(),
                event.completeness(), event.prosody(), event.pronunciation(), json(event.words()),
                event.sdkVersion(), event.settings() == null ? null : json(event.settings()),
                Timestamp.from(event.assessedAt()), event.attemptId());
    }

    @EventHandler
    void on(ReadingAssessmentFailed event) {
        jdbc.update("UPDATE reading_attempt SET status = 'FAILED', failure_kind = ?, failure_message = ? "
                + "WHERE attempt_id = ? AND status = 'SUBMITTED'", event.kind(), event.message(), event.attemptId());
    }

    @EventHandler
    void on(ReadingAudioDeleted event) {
        jdbc.update("UPDATE reading_attempt SET audio_kept = FALSE, audio_deleted_reason = ?, audio_deleted_at = ? "
                + "WHERE attempt_id = ?", event.reason(), Timestamp.from(event.deletedAt()), event.attemptId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE reading_attempt");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reading scores as JSON", e);
        }
    }
}
