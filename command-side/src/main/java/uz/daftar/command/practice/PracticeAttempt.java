package uz.daftar.command.practice;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.practice.PracticeAttemptAbandoned;
import uz.daftar.events.practice.PracticeAttemptCompleted;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One student's attempt at one practice activity (practice context).
 * <p>
 * Invariants: an attempt belongs to one student and one activity; an answer id is recorded once (a repeat is
 * accepted and changes nothing); an answer cannot be dated more than {@link #CLOCK_SKEW} after its arrival; a
 * completed or abandoned attempt takes no more answers; only a typing exercise reports typing figures, and must.
 */
@Aggregate
public class PracticeAttempt {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @AggregateIdentifier
    private String streamId;
    private String studentId;
    private PracticeActivity activity;
    private final Set<String> answerIds = new HashSet<>();
    private int correctAnswers;
    private boolean closed;

    protected PracticeAttempt() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordPracticeAnswerCommand command) {
        if (streamId != null) {
            if (!studentId.equals(command.studentId())) {
                throw CommandRejected.conflict("attempt-of-another-student",
                        "Attempt " + command.attemptId() + " belongs to another student.");
            }
            if (activity != command.activity()) {
                throw CommandRejected.conflict("attempt-activity-mismatch",
                        "Attempt " + command.attemptId() + " is a " + activity + ", not a " + command.activity() + ".");
            }
            if (answerIds.contains(command.answerId())) {
                return;
            }
            requireOpen();
        }
        if (command.answeredAt().isAfter(command.recordedAt().plus(CLOCK_SKEW))) {
            throw CommandRejected.unprocessable("answered-in-the-future",
                    "answeredAt " + command.answeredAt() + " is later than the server time " + command.recordedAt()
                            + " by more than " + CLOCK_SKEW.toMinutes() + " minutes.");
        }
        apply(new PracticeAnswerRecorded(command.answerId(), command.attemptId(), command.studentId(),
                command.activity(), command.itemId(), command.skill(), command.givenAnswer(), command.correct(),
                command.timeTakenMillis(), command.answeredAt(), command.recordedAt()));
    }

    @CommandHandler
    public void handle(CompleteAttemptCommand command) {
        requireOwner(command.studentId());
        if (closed) {
            return;
        }
        boolean typing = activity == PracticeActivity.TYPING_EXERCISE;
        if (typing != (command.wordsPerMinute() != null && command.accuracyPercent() != null)) {
            throw CommandRejected.unprocessable("typing-figures", typing
                    ? "A typing exercise is completed with wordsPerMinute and accuracyPercent."
                    : "Only a typing exercise reports wordsPerMinute and accuracyPercent.");
        }
        apply(new PracticeAttemptCompleted(command.attemptId(), studentId, activity, answerIds.size(), correctAnswers,
                command.wordsPerMinute(), command.accuracyPercent(),
                typing && command.keyErrors() != null ? Map.copyOf(command.keyErrors()) : typing ? Map.of() : null,
                command.completedAt()));
    }

    @CommandHandler
    public void handle(AbandonAttemptCommand command) {
        requireOwner(command.studentId());
        if (!closed) {
            apply(new PracticeAttemptAbandoned(command.attemptId(), studentId, activity, answerIds.size(),
                    command.abandonedAt()));
        }
    }

    private void requireOwner(String student) {
        if (!studentId.equals(student)) {
            throw CommandRejected.conflict("attempt-of-another-student", "This attempt belongs to another student.");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw CommandRejected.conflict("attempt-closed", "The attempt was completed or abandoned; start a new one.");
        }
    }

    @EventSourcingHandler
    void on(PracticeAttemptCompleted event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(PracticeAttemptAbandoned event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(PracticeAnswerRecorded event) {
        streamId = StreamIds.attempt(event.attemptId());
        studentId = event.studentId();
        activity = event.activity();
        answerIds.add(event.answerId());
        if (event.correct()) {
            correctAnswers++;
        }
    }
}
