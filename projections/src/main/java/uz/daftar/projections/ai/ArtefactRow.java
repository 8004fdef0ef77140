package uz.daftar.projections.ai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated artefact as recorded: {@code status} REQUESTED, GENERATED, FAILED, APPROVED or REJECTED;
 * {@code output} the structured output as JSON text once generated; {@code settledAt} when it was generated or
 * failed; {@code decidedBy}/{@code reason} a teacher's decision on a draft.
 */
public record ArtefactRow(String artefactId, String kind, String studentId, String classId, LocalDate periodFrom,
                          LocalDate periodTo, String requestedBy, String requesterRole, String promptVersion,
                          List<String> inputReferences, String status, String model, String output,
                          Long promptTokens, Long completionTokens, String responseId, String failure,
                          String message, String decidedBy, String reason, Instant requestedAt, Instant settledAt,
                          Instant decidedAt) {

    public boolean draft() {
        return classId != null;
    }
}
