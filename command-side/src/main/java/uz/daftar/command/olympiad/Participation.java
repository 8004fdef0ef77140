package uz.daftar.command.olympiad;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.command.olympiad.OlympiadTerms.Status;
import uz.daftar.command.olympiad.OlympiadTerms.Terms;
import uz.daftar.command.subscription.ActiveEntitlements;
import uz.daftar.events.olympiad.OlympiadAnswerRecorded;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.SubmissionGraded;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One student's participation in one olympiad (olympiad context), its own stream so that a hundred thousand
 * participants never contend; the olympiad's terms come from {@link OlympiadTerms}, not from its aggregate.
 * <p>
 * Invariants: a student registers once, per {@link Admission}, with the entry fee's hold when there is a fee;
 * a registration starts once, within the start window, and gets the personal deadline {@code start + duration},
 * never past the final deadline; answers are recorded only for the olympiad's questions, after the start and before
 * the submission and the deadline; a participation is submitted once, by the student before the deadline or by the
 * deadline itself, and graded at once, never once the standings are frozen; a cancelled registration does nothing
 * more.
 */
@Aggregate
public class Participation {

    @AggregateIdentifier
    private String streamId;
    private String olympiadId;
    private String studentId;
    private String feeHoldId;
    private boolean cancelled;
    private Instant personalDeadline;
    private boolean submitted;
    private final Map<String, String> answers = new HashMap<>();

    protected Participation() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterParticipantCommand command, OlympiadTerms olympiads, ActiveEntitlements entitlements) {
        if (studentId != null) {
            requireNotCancelled();
            return;
        }
        Terms terms = Admission.requireOpen(olympiads, entitlements, command.olympiadId(), command.studentId(),
                command.registeredAt());
        if (terms.entryFee() > 0 && command.feeHoldId() == null) {
            throw CommandRejected.unprocessable("entry-fee-not-held", "Olympiad " + command.olympiadId()
                    + " has an entry fee of " + terms.entryFee() + " coins, and none was held.");
        }
        apply(new ParticipantRegistered(command.olympiadId(), command.studentId(), terms.entryFee(),
                terms.entryFee() > 0 ? command.feeHoldId() : null, command.registeredAt()));
    }

    @CommandHandler
    public void handle(StartParticipationCommand command, OlympiadTerms olympiads) {
        requireNotCancelled();
        if (personalDeadline != null) {
            throw CommandRejected.conflict("already-started", "Student " + studentId + " already started olympiad "
                    + olympiadId + "; the deadline is " + personalDeadline + ".");
        }
        Terms terms = Admission.requireKnown(olympiads, olympiadId);
        OlympiadSchedule schedule = terms.schedule();
        Instant at = command.startedAt();
        if (terms.status() != Status.PUBLISHED || at.isBefore(schedule.startOpens())
                || !at.isBefore(schedule.startCloses()) || !at.isBefore(schedule.finalDeadline())) {
            throw CommandRejected.conflict("start-window-closed", "Olympiad " + olympiadId + " can be started from "
                    + schedule.startOpens() + " until " + schedule.startCloses() + ", not at " + at + ".");
        }
        Instant deadline = at.plusSeconds(schedule.durationSeconds());
        if (deadline.isAfter(schedule.finalDeadline())) {
            deadline = schedule.finalDeadline();
        }
        apply(new ParticipationStarted(olympiadId, studentId, feeHoldId, at, deadline));
    }

    @CommandHandler
    public void handle(RecordOlympiadAnswerCommand command, OlympiadTerms olympiads) {
        requireOpenUntil(command.answeredAt());
        Terms terms = requireNotFrozen(olympiads);
        record(terms, command.questionId(), command.answer(), command.answeredAt());
    }

    @CommandHandler
    public void handle(SubmitOlympiadCommand command, OlympiadTerms olympiads) {
        requireOpenUntil(command.submittedAt());
        Terms terms = requireNotFrozen(olympiads);
        new TreeMap<>(command.answers()).forEach((questionId, answer) ->
                record(terms, questionId, answer, command.submittedAt()));
        submit(terms, false, command.submittedAt());
    }

    @CommandHandler
    public void handle(SubmitAtDeadlineCommand command, OlympiadTerms olympiads) {
        if (cancelled || personalDeadline == null || submitted || command.now().isBefore(personalDeadline)) {
            return;
        }
        submit(Admission.requireKnown(olympiads, olympiadId), true, personalDeadline);
    }

    @CommandHandler
    public void handle(CancelParticipationCommand command) {
        if (cancelled) {
            return;
        }
        if (personalDeadline != null) {
            throw CommandRejected.conflict("already-started", "Student " + studentId + " already started olympiad "
                    + olympiadId + "; a started participation is not cancelled.");
        }
        apply(new ParticipationCancelled(olympiadId, studentId, feeHoldId, command.reason(), command.cancelledAt()));
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw CommandRejected.conflict("olympiad-cancelled", "Olympiad " + olympiadId + " was cancelled.");
        }
    }

    /**
     * The olympiad's terms, unless its standings are already frozen: a request stamped before the deadline that
     * arrives only after the freeze (later than the freeze's grace period) is refused rather than left out of them.
     */
    private Terms requireNotFrozen(OlympiadTerms olympiads) {
        Terms terms = Admission.requireKnown(olympiads, olympiadId);
        if (terms.status() == Status.FROZEN) {
            throw CommandRejected.conflict("standings-frozen", "The standings of olympiad " + olympiadId
                    + " are frozen; nothing more can be answered or submitted.");
        }
        return terms;
    }

    private void requireOpenUntil(Instant at) {
        requireNotCancelled();
        if (personalDeadline == null) {
            throw CommandRejected.conflict("not-started", "Student " + studentId + " has not started olympiad "
                    + olympiadId + ".");
        }
        if (!at.isBefore(personalDeadline)) {
            throw CommandRejected.conflict("deadline-passed", "The deadline of " + studentId + " in olympiad "
                    + olympiadId + " was " + personalDeadline + "; it is now " + at + ".");
        }
        if (submitted) {
            throw CommandRejected.conflict("already-submitted", "Student " + studentId + " already submitted olympiad "
                    + olympiadId + ".");
        }
    }

    private void record(Terms terms, String questionId, String answer, Instant at) {
        if (!terms.hasQuestion(questionId)) {
            throw CommandRejected.notFound("unknown-question", "Olympiad " + olympiadId + " has no question "
                    + questionId + ".");
        }
        if (!Objects.equals(answers.get(questionId), answer)) {
            apply(new OlympiadAnswerRecorded(olympiadId, studentId, questionId, answer, at));
        }
    }

    private void submit(Terms terms, boolean forced, Instant at) {
        Map<String, String> sheet = Map.copyOf(answers);
        apply(new OlympiadSubmitted(olympiadId, studentId, sheet, forced, at));
        Grading.Result result = Grading.grade(terms.questions(), sheet);
        apply(new SubmissionGraded(olympiadId, studentId, result.score(), result.maxScore(),
                result.correctQuestionIds(), Grading.V1, at));
    }

    @EventSourcingHandler
    void on(ParticipantRegistered event) {
        streamId = StreamIds.participation(event.olympiadId(), event.studentId());
        olympiadId = event.olympiadId();
        studentId = event.studentId();
        feeHoldId = event.feeHoldId();
    }

    @EventSourcingHandler
    void on(ParticipationStarted event) {
        personalDeadline = event.personalDeadline();
    }

    @EventSourcingHandler
    void on(OlympiadAnswerRecorded event) {
        answers.put(event.questionId(), event.answer());
    }

    @EventSourcingHandler
    void on(OlympiadSubmitted event) {
        submitted = true;
    }

    @EventSourcingHandler
    void on(ParticipationCancelled event) {
        cancelled = true;
    }
}
