package uz.daftar.projections.reading;

import java.time.Instant;
import java.util.List;

/**
 * One reading attempt as the read side shows it: status SUBMITTED, ASSESSED or FAILED; the scores and their
 * source once assessed; whether the audio is still kept, or why it was deleted.
 */
public record ReadingAttemptRow(String attemptId, String studentId, String language, String text, String assessor,
                                String submittedBy, Instant submittedAt, String status, String source,
                                String assessedBy, Double accuracy, Double fluency, Double completeness,
                                Double prosody, Double pronunciation, List<Word> words, String sdkVersion,
                                Settings settings, Instant assessedAt, String failureKind, String failureMessage,
                                boolean audioKept, String audioDeletedReason, Instant audioDeletedAt) {

    public record Word(String word, Double accuracy, String errorType) {
    }

    public record Settings(String gradingSystem, String granularity, boolean miscue, boolean prosody, String locale,
                           String referenceTextSha256) {
    }
}
