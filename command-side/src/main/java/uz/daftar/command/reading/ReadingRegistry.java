package uz.daftar.command.reading;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.reading.ReadingAssessed;
import uz.daftar.events.reading.ReadingAssessmentFailed;
import uz.daftar.events.reading.ReadingAttemptSubmitted;
import uz.daftar.events.reading.ReadingAudioDeleted;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command side's set of reading attempts: state, student and audio of each, for the assessment process (is an
 * attempt still waiting?), the audio sweeper (whose audio is past its retention?) and consent withdrawal (which audio
 * is the student's?). Updated by a subscribing processor, in the same transaction as the append.
 */
@Component
@ProcessingGroup(ReadingRegistry.PROCESSING_GROUP)
public class ReadingRegistry {

    public static final String PROCESSING_GROUP = "reading-registry";
    public static final String SUBMITTED = "SUBMITTED";

    private final JdbcTemplate jdbc;

    ReadingRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The state of an attempt (SUBMITTED, ASSESSED, FAILED), if it exists. */
    public Optional<String> status(String attemptId) {
        return jdbc.queryForList("SELECT status FROM reading_attempt_registry WHERE attempt_id = ?", String.class,
                attemptId).stream().findFirst();
    }

    /** The student of an attempt, if it exists. */
    public Optional<String> studentOf(String attemptId) {
        return jdbc.queryForList("SELECT student_id FROM reading_attempt_registry WHERE attempt_id = ?",
                String.class, attemptId).stream().findFirst();
    }

    /** Attempts whose audio is still kept and was submitted before {@code cutoff}, oldest first. */
    public List<Audio> audioSubmittedBefore(Instant cutoff, int limit) {
        return jdbc.query("SELECT attempt_id, audio_ref FROM reading_attempt_registry WHERE audio_ref IS NOT NULL "
                        + "AND NOT audio_deleted AND submitted_at < ? ORDER BY submitted_at LIMIT ?",
                (rs, row) -> new Audio(rs.getString("attempt_id"), rs.getString("audio_ref")),
                Timestamp.from(cutoff), limit);
    }

    /** The student's attempts whose audio is still kept. */
    public List<Audio> audioOf(String studentId) {
        return jdbc.query("SELECT attempt_id, audio_ref FROM reading_attempt_registry WHERE student_id = ? "
                        + "AND audio_ref IS NOT NULL AND NOT audio_deleted ORDER BY submitted_at",
                (rs, row) -> new Audio(rs.getString("attempt_id"), rs.getString("audio_ref")), studentId);
    }

    /** Whether any attempt still keeps this audio (the same recording may back several attempts). */
    public boolean audioInUse(String audioRef) {
        return audioKeptByOthers(audioRef, Set.of());
    }

    /**
     * Whether an attempt other than {@code attemptIds} still keeps this audio. For deletions recorded in a unit of
     * work that has not committed yet, whose attempts this registry does not see as deleted so far.
     */
    public boolean audioKeptByOthers(String audioRef, Set<String> attemptIds) {
        return jdbc.queryForList("SELECT attempt_id FROM reading_attempt_registry WHERE audio_ref = ? "
                + "AND NOT audio_deleted", String.class, audioRef).stream().anyMatch(id -> !attemptIds.contains(id));
    }

    public record Audio(String attemptId, String audioRef) {
    }

    @EventHandler
    void on(ReadingAttemptSubmitted event) {
        jdbc.update("INSERT INTO reading_attempt_registry (attempt_id, student_id, status, audio_ref, submitted_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.attemptId(), event.studentId(),
                SUBMITTED, event.audioRef(), Timestamp.from(event.submittedAt()));
    }

    @EventHandler
    void on(ReadingAssessed event) {
        jdbc.update("UPDATE reading_attempt_registry SET status = 'ASSESSED' WHERE attempt_id = ?",
                event.attemptId());
    }

    @EventHandler
    void on(ReadingAssessmentFailed event) {
        jdbc.update("UPDATE reading_attempt_registry SET status = 'FAILED' WHERE attempt_id = ? "
                + "AND status = 'SUBMITTED'", event.attemptId());
    }

    @EventHandler
    void on(ReadingAudioDeleted event) {
        jdbc.update("UPDATE reading_attempt_registry SET audio_deleted = TRUE WHERE attempt_id = ?",
                event.attemptId());
    }
}
