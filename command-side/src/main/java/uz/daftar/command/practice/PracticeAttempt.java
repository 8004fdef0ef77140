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

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One student's attempt at one practice activity (practice context).
 * <p>
 * Invariants: an attempt belongs to one student and one activity; an answer id is recorded once (a repeat is
 * accepted and changes nothing); an answer cannot be dated more than {@link #CLOCK_SKEW} after its arrival.
 */
@Aggregate
public class PracticeAttempt {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @AggregateIdentifier
    private String streamId;
    private String studentId;
    private PracticeActivity activity;
    private final Set<String> answerIds = new HashSet<>();

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

    @EventSourcingHandler
    void on(PracticeAnswerRecorded event) {
        streamId = StreamIds.attempt(event.attemptId());
        studentId = event.studentId();
        activity = event.activity();
        answerIds.add(event.answerId());
    }
}
