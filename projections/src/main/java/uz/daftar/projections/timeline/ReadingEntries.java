package uz.daftar.projections.timeline;

import uz.daftar.events.reading.ReadingAssessed;
import uz.daftar.events.reading.ReadingAssessmentFailed;
import uz.daftar.events.reading.ReadingAssessor;
import uz.daftar.events.reading.ReadingAttemptSubmitted;
import uz.daftar.events.reading.ReadingAudioDeleted;

import java.util.List;

/** Timeline entries of the reading context: a reading aloud submitted, scored or not, its audio deleted. */
final class ReadingEntries {

    static final List<Class<?>> EVENTS = List.of(ReadingAttemptSubmitted.class, ReadingAssessed.class,
            ReadingAssessmentFailed.class, ReadingAudioDeleted.class);

    private ReadingEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof ReadingAttemptSubmitted e) {
            return List.of(TimelineFact.of(e.studentId(), e.submittedAt(), "Read a text aloud (" + e.language()
                            + ", " + Words.count(e.text().split("\\s+").length, "word", "words") + "); "
                            + (e.assessor() == ReadingAssessor.AZURE ? "the speech service will score it."
                            : "a teacher will score it."))
                    .source(e.attemptId()).figure("language", e.language())
                    .figure("assessor", e.assessor().name()));
        }
        if (event instanceof ReadingAssessed e) {
            String who = e.source() == ReadingAssessor.AZURE ? "the speech service" : "teacher " + e.assessedBy();
            return List.of(TimelineFact.of(e.studentId(), e.assessedAt(), "Reading aloud scored by " + who
                            + ": pronunciation " + Math.round(e.pronunciation()) + " of 100 (accuracy "
                            + Math.round(e.accuracy()) + ", fluency " + Math.round(e.fluency()) + ", completeness "
                            + Math.round(e.completeness()) + (e.prosody() == null ? "" : ", prosody "
                            + Math.round(e.prosody())) + ").")
                    .source(e.attemptId()).figure("source", e.source().name())
                    .figure("pronunciation", e.pronunciation()).figure("accuracy", e.accuracy())
                    .figure("fluency", e.fluency()).figure("completeness", e.completeness())
                    .figure("prosody", e.prosody()).figure("sdkVersion", e.sdkVersion()));
        }
        if (event instanceof ReadingAssessmentFailed e) {
            return List.of(TimelineFact.of(e.studentId(), e.failedAt(), "The speech service could not score a "
                            + "reading aloud (" + e.kind() + "); a teacher can score it, or it can be read again.")
                    .source(e.attemptId()).figure("kind", e.kind()));
        }
        if (event instanceof ReadingAudioDeleted e) {
            return List.of(TimelineFact.of(e.studentId(), e.deletedAt(), "The recording of a reading aloud was "
                            + ("CONSENT_WITHDRAWN".equals(e.reason()) ? "deleted because speech consent was withdrawn."
                            : "deleted at the end of its retention period."))
                    .source(e.attemptId()).figure("reason", e.reason()));
        }
        return List.of();
    }
}
