package uz.daftar.projections.ai;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.ai.ArtefactGenerated;
import uz.daftar.events.ai.ArtefactGenerationFailed;
import uz.daftar.events.ai.ArtefactRequested;
import uz.daftar.events.ai.DraftApproved;
import uz.daftar.events.ai.DraftRejected;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Generated artefacts and their status, from the recorded events only (the output is the recorded one; nothing here
 * ever calls a model). An artefact's events arrive in its stream's order; every write is keyed by the artefact and
 * moves the status forward only, so a repeat changes nothing.
 */
@Component
@ProcessingGroup(ArtefactProjection.PROCESSING_GROUP)
public class ArtefactProjection {

    public static final String PROCESSING_GROUP = "ai-artefacts";

    private final JdbcTemplate jdbc;

    public ArtefactProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ArtefactRequested e) {
        jdbc.update("INSERT INTO ai_artefact (artefact_id, kind, student_id, class_id, period_from, period_to, "
                        + "requested_by, requester_role, prompt_version, input_references, status, requested_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?) ON CONFLICT (artefact_id) DO NOTHING",
                e.artefactId(), e.kind(), e.studentId(), e.classId(), date(e.periodFrom()), date(e.periodTo()),
                e.requestedBy(), e.requesterRole(), e.promptVersion(),
                String.join("\n", e.inputReferences() == null ? List.of() : e.inputReferences()),
                ts(e.requestedAt()));
    }

    @EventHandler
    void on(ArtefactGenerated e) {
        jdbc.update("UPDATE ai_artefact SET status = 'GENERATED', model = ?, output = ?, prompt_tokens = ?, "
                        + "completion_tokens = ?, response_id = ?, settled_at = ? "
                        + "WHERE artefact_id = ? AND status = 'REQUESTED'", e.model(), e.output(), e.promptTokens(),
                e.completionTokens(), e.responseId(), ts(e.generatedAt()), e.artefactId());
    }

    @EventHandler
    void on(ArtefactGenerationFailed e) {
        jdbc.update("UPDATE ai_artefact SET status = 'FAILED', failure = ?, message = ?, settled_at = ? "
                + "WHERE artefact_id = ? AND status = 'REQUESTED'", e.failure(), e.message(), ts(e.failedAt()),
                e.artefactId());
    }

    @EventHandler
    void on(DraftApproved e) {
        jdbc.update("UPDATE ai_artefact SET status = 'APPROVED', decided_by = ?, decided_at = ? "
                + "WHERE artefact_id = ? AND status = 'GENERATED'", e.teacherId(), ts(e.approvedAt()), e.artefactId());
    }

    @EventHandler
    void on(DraftRejected e) {
        jdbc.update("UPDATE ai_artefact SET status = 'REJECTED', decided_by = ?, reason = ?, decided_at = ? "
                        + "WHERE artefact_id = ? AND status = 'GENERATED'", e.teacherId(), e.reason(),
                ts(e.rejectedAt()), e.artefactId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM ai_artefact");
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
