package uz.daftar.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.command.coins.HoldCoinsCommand;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.command.olympiad.Admission;
import uz.daftar.command.olympiad.CancelOlympiadCommand;
import uz.daftar.command.olympiad.CreateOlympiadCommand;
import uz.daftar.command.olympiad.OlympiadTerms;
import uz.daftar.command.olympiad.PublishOlympiadCommand;
import uz.daftar.command.olympiad.RecordOlympiadAnswerCommand;
import uz.daftar.command.olympiad.RegisterParticipantCommand;
import uz.daftar.command.olympiad.StartParticipationCommand;
import uz.daftar.command.olympiad.SubmitOlympiadCommand;
import uz.daftar.command.subscription.ActiveEntitlements;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;
import java.time.Instant;

/**
 * Olympiads: admins create, publish and cancel them; students register, start, answer and submit. Every time is the
 * server's: a participant's deadline is enforced against the moment the request arrives. Registering for an
 * olympiad with an entry fee holds the fee in the same transaction, so a refused registration holds nothing.
 */
@RestController
@RequestMapping("/api/v1/olympiads")
class OlympiadController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry registry;
    private final OlympiadTerms olympiads;
    private final ActiveEntitlements entitlements;
    private final Clock clock;

    OlympiadController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry registry,
                       OlympiadTerms olympiads, ActiveEntitlements entitlements, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.registry = registry;
        this.olympiads = olympiads;
        this.entitlements = entitlements;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted create(@RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody OlympiadRequests.Create request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, request, () -> {
            commands.sendAndWait(new CreateOlympiadCommand(request.olympiadId(), request.titles(), request.subject(),
                    request.minAge(), request.maxAge(), request.olympiadQuestions(), request.schedule().toSchedule(),
                    request.entryFee(), request.prizeBands(), caller.subject(), clock.instant()));
            return request.olympiadId();
        });
    }

    @PostMapping("/{olympiadId}/publication")
    CommandAccepted publish(@PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE)
                            String olympiadId,
                            @RequestHeader(Requests.IDEMPOTENCY_KEY) String key, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(olympiadId, "publication"), () -> {
            commands.sendAndWait(new PublishOlympiadCommand(olympiadId, caller.subject(), clock.instant()));
            return olympiadId;
        });
    }

    @PostMapping("/{olympiadId}/cancellation")
    CommandAccepted cancel(@PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE)
                           String olympiadId,
                           @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody OlympiadRequests.Cancel request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(olympiadId, request), () -> {
            commands.sendAndWait(new CancelOlympiadCommand(olympiadId, request.reason(), caller.subject(),
                    clock.instant()));
            return olympiadId;
        });
    }

    @PostMapping("/{olympiadId}/registrations")
    CommandAccepted register(@PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE)
                             String olympiadId,
                             @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                             @Valid @RequestBody OlympiadRequests.Register request, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, request.studentId());
        return idempotent.run(caller, key, new Requests.OnPath(olympiadId, request), () -> {
            String studentId = request.studentId();
            Access.requireRegistered(registry, studentId);
            Instant now = clock.instant();
            OlympiadTerms.Terms terms = Admission.requireOpen(olympiads, entitlements, olympiadId, studentId, now);
            String feeHoldId = null;
            if (terms.entryFee() > 0) {
                feeHoldId = Admission.feeHoldId(olympiadId);
                commands.sendAndWait(new HoldCoinsCommand(studentId, feeHoldId, terms.entryFee(),
                        "olympiad entry fee", terms.schedule().finalDeadline(), now));
            }
            commands.sendAndWait(new RegisterParticipantCommand(olympiadId, studentId, feeHoldId, now));
            return olympiadId;
        });
    }

    @PostMapping("/{olympiadId}/participants/{studentId}/start")
    CommandAccepted start(@PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE)
                          String olympiadId,
                          @PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                          @RequestHeader(Requests.IDEMPOTENCY_KEY) String key, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, studentId);
        return idempotent.run(caller, key, new Requests.OnPath(olympiadId + "/" + studentId, "start"), () -> {
            commands.sendAndWait(new StartParticipationCommand(olympiadId, studentId, clock.instant()));
            return olympiadId;
        });
    }

    @PostMapping("/{olympiadId}/participants/{studentId}/answers")
    CommandAccepted answer(@PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE)
                           String olympiadId,
                           @PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                           @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody OlympiadRequests.Answer request, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, studentId);
        return idempotent.run(caller, key, new Requests.OnPath(olympiadId + "/" + studentId, request), () -> {
            commands.sendAndWait(new RecordOlympiadAnswerCommand(olympiadId, studentId, request.questionId(),
                    request.answer(), clock.instant()));
            return olympiadId;
        });
    }

    @PostMapping("/{olympiadId}/participants/{studentId}/submission")
    CommandAccepted submit(@PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE)
                           String olympiadId,
                           @PathVariable @Pattern(regexp = Requests.ID, message = Requests.ID_MESSAGE) String studentId,
                           @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody OlympiadRequests.Submit request, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, studentId);
        return idempotent.run(caller, key, new Requests.OnPath(olympiadId + "/" + studentId, request), () -> {
            commands.sendAndWait(new SubmitOlympiadCommand(olympiadId, studentId, request.sheet(), clock.instant()));
            return olympiadId;
        });
    }
}
