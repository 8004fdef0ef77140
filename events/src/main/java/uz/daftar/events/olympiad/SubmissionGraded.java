package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A submission was graded against the olympiad's answer key under {@code gradingRule}: {@code score} of
 * {@code maxScore} points, from the questions in {@code correctQuestionIds}. {@code submittedAt} is the
 * submission's time, the standings' first tie-break.
 */
@Revision("1")
public record SubmissionGraded(String olympiadId,
                               String studentId,
                               int score,
                               int maxScore,
                               List<String> correctQuestionIds,
                               String gradingRule,
                               Instant submittedAt) {
}
