package uz.daftar.events.ai;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Someone asked for a generated artefact: a narrative for a student's parent report ({@code PARENT_NARRATIVE},
 * for the period {@code periodFrom}..{@code periodTo}), practice recommendations for a student
 * ({@code RECOMMENDATIONS}), or a story or quiz draft for a class ({@code STORY_DRAFT}, {@code QUIZ_DRAFT}).
 * Exactly one of {@code studentId} and {@code classId} is set: the subject. {@code inputs} is the JSON the prompt is
 * rendered from, pseudonymous aggregates only (figures, skill ids and levels, a teacher's topic checked for
 * personal data); {@code inputReferences} say where they came from (a query-side watermark position, the report
 * period, the student's skills stream). The prompt of {@code promptVersion} is rendered from this event alone.
 */
@Revision("1")
public record ArtefactRequested(String artefactId,
                                String kind,
                                String studentId,
                                String classId,
                                LocalDate periodFrom,
                                LocalDate periodTo,
                                String requestedBy,
                                String requesterRole,
                                String promptVersion,
                                String inputs,
                                List<String> inputReferences,
                                Instant requestedAt) {
}
