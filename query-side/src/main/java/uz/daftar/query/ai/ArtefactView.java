package uz.daftar.query.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated artefact as the API shows it: its status (REQUESTED, GENERATED, FAILED, APPROVED, REJECTED), the
 * recorded {@code output} (JSON, once generated), the model and prompt version it came from and its inputs'
 * references. Labelled by {@code generated}: this text was written by a model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtefactView(String artefactId, String kind, String studentId, String classId, LocalDate periodFrom,
                           LocalDate periodTo, String status, boolean generated, String model, String promptVersion,
                           @JsonRawValue String output, String failure, String decidedBy, String reason,
                           List<String> inputReferences, Instant requestedAt, Instant settledAt, Instant decidedAt) {
}
