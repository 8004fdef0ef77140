package uz.daftar.command.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.coins.ConfirmEntryCommand;
import uz.daftar.command.coins.ConfirmReversibleCommand;
import uz.daftar.command.disputes.Correction;
import uz.daftar.command.disputes.AddEvidenceCommand;
import uz.daftar.command.disputes.DisputeRegistry;
import uz.daftar.command.disputes.OpenDisputeCommand;
import uz.daftar.command.disputes.RejectDisputeCommand;
import uz.daftar.command.disputes.RequestEvidenceCommand;
import uz.daftar.command.disputes.TakeDisputeCommand;
import uz.daftar.command.disputes.UpholdDisputeCommand;
import uz.daftar.command.learner.ConfirmGuardianCommand;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;

/**
 * Coin disputes. A student or a linked guardian opens one about an entry of the student's ledger (or a missing
 * award); an admin takes it, asks the family for evidence and decides it. The student's aggregate confirms a
 * guardian and the wallet confirms the entry before the case exists, and that a reversal can be made before a case
 * is upheld by one (docs/decisions/0010-coin-disputes.md).
 */
@RestController
@RequestMapping("/api/v1/disputes")
class DisputesController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry learners;
    private final DisputeRegistry disputes;
    private final Clock clock;

    DisputesController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry learners,
                       DisputeRegistry disputes, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.learners = learners;
        this.disputes = disputes;
        this.clock = clock;
    }

    @PostMapping
    CommandAccepted open(@RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                         @Valid @RequestBody DisputeRequests.Open request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.STUDENT, Role.PARENT);
        boolean self = caller.isStudent(request.studentId());
        if (!self && !caller.has(Role.PARENT)) {
            throw new AccessDeniedException("A student may only dispute their own coins.");
        }
        return idempotent.run(caller, key, request, () -> {
            Access.requireRegistered(learners, request.studentId());
            if (!self) {
                commands.sendAndWait(new ConfirmGuardianCommand(request.studentId(), caller.subject()));
            }
            if (disputes.exists(request.disputeId())) {
                throw CommandRejected.conflict("dispute-exists", "A dispute " + request.disputeId()
                        + " was already opened.");
            }
            if (request.ledgerEntryId() != null) {
                commands.sendAndWait(new ConfirmEntryCommand(request.studentId(), request.ledgerEntryId()));
            }
            if (disputes.openAbout(request.studentId(),
                    DisputeRegistry.disputed(request.ledgerEntryId(), request.sourceEventId()))) {
                throw CommandRejected.conflict("dispute-open", "A dispute about this is already open.");
            }
            commands.sendAndWait(new OpenDisputeCommand(request.disputeId(), request.studentId(),
                    caller.subject(), !self, request.ledgerEntryId(), request.sourceEventId(),
                    request.statement(), clock.instant()));
            return request.disputeId();
        });
    }

    @PostMapping("/{disputeId}/taking")
    CommandAccepted take(@PathVariable String disputeId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                         Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(disputeId, "taking"), () -> {
            commands.sendAndWait(new TakeDisputeCommand(disputeId, caller.subject(), true, clock.instant()));
            return disputeId;
        });
    }

    @PostMapping("/{disputeId}/evidence-requests")
    CommandAccepted requestEvidence(@PathVariable String disputeId,
                                    @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                                    @Valid @RequestBody DisputeRequests.EvidenceRequest request,
                                    Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(disputeId, request), () -> {
            commands.sendAndWait(new RequestEvidenceCommand(disputeId, request.requestId(), request.question(),
                    caller.subject(), true, clock.instant()));
            return disputeId;
        });
    }

    @PostMapping("/{disputeId}/evidence")
    CommandAccepted addEvidence(@PathVariable String disputeId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                                @Valid @RequestBody DisputeRequests.Evidence request,
                                Authentication authentication) {
        Caller caller = Access.require(authentication, Role.STUDENT, Role.PARENT, Role.ADMIN);
        boolean admin = caller.has(Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(disputeId, request), () -> {
            boolean guardian = !admin && caller.has(Role.PARENT) && disputes.find(disputeId).map(found -> {
                commands.sendAndWait(new ConfirmGuardianCommand(found.studentId(), caller.subject()));
                return true;
            }).orElse(false);
            commands.sendAndWait(new AddEvidenceCommand(disputeId, request.evidenceId(), caller.subject(), admin,
                    guardian, request.text(), request.reference(), clock.instant()));
            return disputeId;
        });
    }

    @PostMapping("/{disputeId}/decision")
    CommandAccepted decide(@PathVariable String disputeId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody DisputeRequests.Decision request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(disputeId, request), () -> {
            if (request.outcome() == DisputeRequests.Outcome.UPHELD) {
                if (request.correctionOrCredit() == Correction.REVERSAL) {
                    disputes.find(disputeId).filter(found -> found.ledgerEntryId() != null)
                            .ifPresent(found -> commands.sendAndWait(new ConfirmReversibleCommand(found.studentId(),
                                    found.ledgerEntryId())));
                }
                commands.sendAndWait(new UpholdDisputeCommand(disputeId, caller.subject(), true,
                        request.correctionOrCredit(), request.amount(), request.reason(), clock.instant()));
            } else {
                commands.sendAndWait(new RejectDisputeCommand(disputeId, caller.subject(), true, request.reason(),
                        clock.instant()));
            }
            return disputeId;
        });
    }
}
