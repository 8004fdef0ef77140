package uz.daftar.command.reading;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.reading.ReadingAssessed;
import uz.daftar.events.reading.ReadingAssessmentFailed;
import uz.daftar.events.reading.ReadingAssessor;
import uz.daftar.events.reading.ReadingAttemptSubmitted;
import uz.daftar.events.reading.ReadingAudioDeleted;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One reading aloud (reading context), from submission to its score.
 * <p>
 * Invariants: an attempt id is submitted once, by one student; it is assessed at most once, by the speech service
 * or by hand ({@code ReadingAssessed} either way) and a second assessment is refused; the speech service's answer
 * counts only for an attempt submitted for it and not yet failed or assessed; a teacher scores only a student of
 * their classes (admins anyone), also after the service failed; scores lie between 0 and 100; an attempt's audio is
 * deleted at most once. Speech consent is checked by the student before the audio was stored.
 */
@Aggregate
public class ReadingAttempt {

    @AggregateIdentifier
    private String streamId;
    private String attemptId;
    private String studentId;
    private String language;
    private String audioRef;
    private ReadingAssessor assessor;
    private boolean assessed;
    private boolean failed;
    private boolean audioDeleted;

    protected ReadingAttempt() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SubmitReadingAttemptCommand command) {
        if (streamId != null) {
            throw CommandRejected.conflict("reading-attempt-exists", "Reading attempt " + command.attemptId()
                    + " was already submitted; use a new attempt id.");
        }
        if (command.assessor() == ReadingAssessor.AZURE && command.language().azureLocale().isEmpty()) {
            throw CommandRejected.unprocessable("language-needs-a-teacher", "The speech service cannot assess "
                    + command.language().code() + "; submit it for a teacher (assessor TEACHER).");
        }
        apply(new ReadingAttemptSubmitted(command.attemptId(), command.studentId(), command.text(),
                command.language().code(), command.audioRef(), command.assessor(), command.submittedBy(),
                command.submittedAt()));
    }

    @CommandHandler
    public void handle(RecordAssessmentCommand command) {
        if (assessor != ReadingAssessor.AZURE) {
            throw CommandRejected.conflict("not-for-the-service", "Reading attempt " + attemptId
                    + " was submitted for a teacher, not for the speech service.");
        }
        requireOpen();
        if (failed) {
            throw CommandRejected.conflict("assessment-failed", "The speech service already failed on reading "
                    + "attempt " + attemptId + "; submit a new attempt.");
        }
        requireInRange(command.scores());
        ReadingScores scores = command.scores();
        apply(new ReadingAssessed(attemptId, studentId, language, ReadingAssessor.AZURE, null, scores.accuracy(),
                scores.fluency(), scores.completeness(), scores.prosody(), scores.pronunciation(), scores.words(),
                command.sdkVersion(), command.settings(), command.assessedAt()));
    }

    @CommandHandler
    public void handle(RecordAssessmentFailureCommand command) {
        if (assessed || failed) {
            return;
        }
        apply(new ReadingAssessmentFailed(attemptId, studentId, command.kind(), command.message(),
                command.failedAt()));
    }

    @CommandHandler
    public void handle(ScoreReadingCommand command) {
        if (!studentId.equals(command.studentId())) {
            throw CommandRejected.conflict("attempt-of-another-student", "Reading attempt " + attemptId
                    + " belongs to another student.");
        }
        if (!command.allowed()) {
            throw CommandRejected.forbidden("not-the-students-teacher", "Only a teacher of student " + studentId
                    + "'s class or an admin scores their reading.");
        }
        requireOpen();
        requireInRange(command.scores());
        ReadingScores scores = command.scores();
        apply(new ReadingAssessed(attemptId, studentId, language, ReadingAssessor.TEACHER, command.teacherId(),
                scores.accuracy(), scores.fluency(), scores.completeness(), scores.prosody(), scores.pronunciation(),
                scores.words(), null, null, command.scoredAt()));
    }

    @CommandHandler
    public void handle(DeleteReadingAudioCommand command) {
        if (audioRef == null || audioDeleted) {
            return;
        }
        apply(new ReadingAudioDeleted(attemptId, studentId, audioRef, command.reason(), command.deletedAt()));
    }

    private void requireOpen() {
        if (assessed) {
            throw CommandRejected.conflict("already-assessed", "Reading attempt " + attemptId
                    + " is already assessed; an attempt is scored once.");
        }
    }

    private static void requireInRange(ReadingScores scores) {
        if (!scores.inRange()) {
            throw CommandRejected.unprocessable("score-out-of-range", "Reading scores lie between 0 and 100.");
        }
    }

    @EventSourcingHandler
    void on(ReadingAttemptSubmitted event) {
        streamId = StreamIds.reading(event.attemptId());
        attemptId = event.attemptId();
        studentId = event.studentId();
        language = event.language();
        audioRef = event.audioRef();
        assessor = event.assessor();
    }

    @EventSourcingHandler
    void on(ReadingAssessed event) {
        assessed = true;
    }

    @EventSourcingHandler
    void on(ReadingAssessmentFailed event) {
        failed = true;
    }

    @EventSourcingHandler
    void on(ReadingAudioDeleted event) {
        audioDeleted = true;
    }
}
