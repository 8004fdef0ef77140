package uz.daftar.command.disputes;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.StreamIds;
import uz.daftar.events.disputes.DisputeOpened;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeTaken;
import uz.daftar.events.disputes.DisputeUpheld;
import uz.daftar.events.disputes.EvidenceAdded;
import uz.daftar.events.disputes.EvidenceRequested;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A coin dispute (disputes context), from the family's statement to an admin's decision.
 * <p>
 * Invariants: a dispute is about exactly one thing, a ledger entry or a missing award's learning event; only an
 * admin takes it, and the admin who took it asks for evidence and decides; a case is taken before it is decided;
 * evidence comes from the student, a linked guardian or an admin; a decided case is closed: no more
 * evidence, no second decision. Request and evidence ids are used once (a repeat changes nothing). Who may open a
 * dispute for a student is checked before the case exists, by the student's aggregate
 * ({@code ConfirmGuardianCommand}); one open dispute per entry is kept by {@link DisputeRegistry}.
 */
@Aggregate
public class Dispute {

    @AggregateIdentifier
    private String streamId;
    private String disputeId;
    private String studentId;
    private String ledgerEntryId;
    private String takenBy;
    private boolean closed;
    private final Set<String> stepIds = new HashSet<>();

    protected Dispute() {
    }

    @CommandHandler
    public Dispute(OpenDisputeCommand command) {
        if ((command.ledgerEntryId() == null) == (command.sourceEventId() == null)) {
            throw CommandRejected.unprocessable("dispute-subject", "A dispute names either the ledger entry it "
                    + "disputes or the learning event that should have paid, not both and not neither.");
        }
        apply(new DisputeOpened(command.disputeId(), command.studentId(), command.openedBy(),
                command.openedByGuardian(), command.ledgerEntryId(), command.sourceEventId(), command.statement(),
                command.openedAt()));
    }

    @CommandHandler
    public void handle(TakeDisputeCommand command) {
        requireAdmin(command.byAdmin());
        requireOpen();
        if (command.adminId().equals(takenBy)) {
            return;
        }
        if (takenBy != null) {
            throw takenByAnother();
        }
        apply(new DisputeTaken(disputeId, studentId, command.adminId(), command.takenAt()));
    }

    @CommandHandler
    public void handle(RequestEvidenceCommand command) {
        requireHandledBy(command.adminId(), command.byAdmin());
        if (stepIds.contains(command.requestId())) {
            return;
        }
        apply(new EvidenceRequested(disputeId, studentId, command.requestId(), command.question(),
                command.adminId(), command.requestedAt()));
    }

    @CommandHandler
    public void handle(AddEvidenceCommand command) {
        if (!command.byAdmin() && !command.byGuardian() && !command.addedBy().equals(studentId)) {
            throw CommandRejected.forbidden("not-a-party", "Evidence on dispute " + disputeId + " comes from student "
                    + studentId + ", a linked guardian, or an admin.");
        }
        requireOpen();
        if (stepIds.contains(command.evidenceId())) {
            return;
        }
        apply(new EvidenceAdded(disputeId, studentId, command.evidenceId(), command.addedBy(), command.byAdmin(),
                command.text(), command.reference(), command.addedAt()));
    }

    @CommandHandler
    public void handle(UpholdDisputeCommand command) {
        requireHandledBy(command.adminId(), command.byAdmin());
        Long amount = switch (command.correction()) {
            case CREDIT -> {
                if (command.amount() == null || command.amount() <= 0) {
                    throw CommandRejected.unprocessable("non-positive-amount", "An upheld dispute credits a "
                            + "positive amount of coins, not " + command.amount() + ".");
                }
                yield command.amount();
            }
            case REVERSAL -> {
                if (ledgerEntryId == null) {
                    throw CommandRejected.unprocessable("nothing-to-reverse", "Dispute " + disputeId + " is about a "
                            + "missing award: there is no entry to reverse; credit the coins instead.");
                }
                if (command.amount() != null) {
                    throw CommandRejected.unprocessable("reversal-amount", "A reversal moves the disputed entry's "
                            + "own amount; leave the amount out.");
                }
                yield null;
            }
        };
        apply(new DisputeUpheld(disputeId, studentId, command.adminId(), command.reason(),
                command.correction().name(), amount, ledgerEntryId, Correction.entryId(disputeId),
                command.decidedAt()));
    }

    @CommandHandler
    public void handle(RejectDisputeCommand command) {
        requireHandledBy(command.adminId(), command.byAdmin());
        apply(new DisputeRejected(disputeId, studentId, command.adminId(), command.reason(), command.decidedAt()));
    }

    private static void requireAdmin(boolean byAdmin) {
        if (!byAdmin) {
            throw CommandRejected.forbidden("not-an-admin", "Only an admin handles a dispute.");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw CommandRejected.conflict("dispute-closed", "Dispute " + disputeId + " was decided and is closed.");
        }
    }

    private void requireHandledBy(String adminId, boolean byAdmin) {
        requireAdmin(byAdmin);
        requireOpen();
        if (takenBy == null) {
            throw CommandRejected.conflict("dispute-not-taken", "Dispute " + disputeId + " must be taken by an "
                    + "admin first.");
        }
        if (!takenBy.equals(adminId)) {
            throw takenByAnother();
        }
    }

    private CommandRejected takenByAnother() {
        return CommandRejected.conflict("dispute-taken", "Dispute " + disputeId + " is handled by admin " + takenBy
                + ".");
    }

    @EventSourcingHandler
    void on(DisputeOpened event) {
        streamId = StreamIds.dispute(event.disputeId());
        disputeId = event.disputeId();
        studentId = event.studentId();
        ledgerEntryId = event.ledgerEntryId();
    }

    @EventSourcingHandler
    void on(DisputeTaken event) {
        takenBy = event.adminId();
    }

    @EventSourcingHandler
    void on(EvidenceRequested event) {
        stepIds.add(event.requestId());
    }

    @EventSourcingHandler
    void on(EvidenceAdded event) {
        stepIds.add(event.evidenceId());
    }

    @EventSourcingHandler
    void on(DisputeUpheld event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(DisputeRejected event) {
        closed = true;
    }
}
