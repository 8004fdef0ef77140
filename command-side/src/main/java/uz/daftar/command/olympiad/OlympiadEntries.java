package uz.daftar.command.olympiad;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.SubmissionGraded;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Every participation in the command side's {@code olympiad_entry} table, kept by a subscribing processor in the
 * transaction of the participation's events, for the processes that act on many participations at once: deadlines,
 * cancellation and the freeze of the standings.
 */
@Component
@ProcessingGroup(OlympiadEntries.PROCESSING_GROUP)
public class OlympiadEntries {

    public static final String PROCESSING_GROUP = "olympiad-entries";

    private final JdbcTemplate jdbc;

    OlympiadEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Started, unsubmitted participations whose personal deadline is at or before {@code at}. */
    public List<Participant> dueForSubmission(Instant at, int limit) {
        return jdbc.query("SELECT olympiad_id, student_id FROM olympiad_entry WHERE started_at IS NOT NULL "
                        + "AND submitted_at IS NULL AND personal_deadline <= ? ORDER BY personal_deadline LIMIT ?",
                (rs, row) -> new Participant(rs.getString(1), rs.getString(2)), Timestamp.from(at), limit);
    }

    /** Whether someone in the olympiad started and has not yet submitted. */
    public boolean anyUnsubmitted(String olympiadId) {
        return !jdbc.queryForList("SELECT 1 FROM olympiad_entry WHERE olympiad_id = ? AND started_at IS NOT NULL "
                + "AND submitted_at IS NULL LIMIT 1", Integer.class, olympiadId).isEmpty();
    }

    /** Registrations of the olympiad that are not cancelled. */
    public List<Participant> registered(String olympiadId) {
        return jdbc.query("SELECT olympiad_id, student_id FROM olympiad_entry WHERE olympiad_id = ? AND NOT cancelled "
                        + "ORDER BY student_id", (rs, row) -> new Participant(rs.getString(1), rs.getString(2)),
                olympiadId);
    }

    /** The olympiad's graded submissions, in no particular order. */
    public List<StandingsRule.Graded> graded(String olympiadId) {
        return jdbc.query("SELECT student_id, score, submitted_at FROM olympiad_entry WHERE olympiad_id = ? "
                        + "AND score IS NOT NULL",
                (rs, row) -> new StandingsRule.Graded(rs.getString(1), rs.getInt(2),
                        rs.getTimestamp(3).toInstant()), olympiadId);
    }

    @EventHandler
    void on(ParticipantRegistered event) {
        jdbc.update("INSERT INTO olympiad_entry (olympiad_id, student_id, registered_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", event.olympiadId(), event.studentId(), Timestamp.from(event.registeredAt()));
    }

    @EventHandler
    void on(ParticipationStarted event) {
        jdbc.update("UPDATE olympiad_entry SET started_at = ?, personal_deadline = ? WHERE olympiad_id = ? "
                        + "AND student_id = ?", Timestamp.from(event.startedAt()),
                Timestamp.from(event.personalDeadline()), event.olympiadId(), event.studentId());
    }

    @EventHandler
    void on(OlympiadSubmitted event) {
        jdbc.update("UPDATE olympiad_entry SET submitted_at = ? WHERE olympiad_id = ? AND student_id = ?",
                Timestamp.from(event.submittedAt()), event.olympiadId(), event.studentId());
    }

    @EventHandler
    void on(SubmissionGraded event) {
        jdbc.update("UPDATE olympiad_entry SET score = ? WHERE olympiad_id = ? AND student_id = ?", event.score(),
                event.olympiadId(), event.studentId());
    }

    @EventHandler
    void on(ParticipationCancelled event) {
        jdbc.update("UPDATE olympiad_entry SET cancelled = TRUE WHERE olympiad_id = ? AND student_id = ?",
                event.olympiadId(), event.studentId());
    }

    /** One student's participation in one olympiad. */
    public record Participant(String olympiadId, String studentId) {
    }
}
