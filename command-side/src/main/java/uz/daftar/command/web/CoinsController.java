package uz.daftar.command.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.command.CommandRejected;
import uz.daftar.command.coins.AdjustCoinsCommand;
import uz.daftar.command.coins.CaptureHoldCommand;
import uz.daftar.command.coins.HoldCoinsCommand;
import uz.daftar.command.coins.ReleaseHoldCommand;
import uz.daftar.command.coins.ReverseEntryCommand;
import uz.daftar.command.coins.SpendCoinsCommand;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;
import java.time.Instant;

/**
 * The coin ledger's commands. Students spend their own coins; holds, reversals and adjustments are the
 * platform's (admin role), and every entry names who made it.
 */
@RestController
@RequestMapping("/api/v1/coins")
class CoinsController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry registry;
    private final Clock clock;

    CoinsController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry registry, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.registry = registry;
        this.clock = clock;
    }

    @PostMapping("/spends")
    CommandAccepted spend(@RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                          @Valid @RequestBody CoinRequests.Spend request, Authentication authentication) {
        Caller caller = Access.requireSelfOrAdmin(authentication, request.studentId());
        return idempotent.run(caller, key, request, () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new SpendCoinsCommand(request.studentId(), request.spendId(), request.amount(),
                    request.purpose(), clock.instant()));
            return request.spendId();
        });
    }

    @PostMapping("/holds")
    CommandAccepted hold(@RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                         @Valid @RequestBody CoinRequests.Hold request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, request, () -> {
            Access.requireRegistered(registry, request.studentId());
            Instant now = clock.instant();
            if (!request.expiresAt().isAfter(now)) {
                throw CommandRejected.unprocessable("hold-expires-in-the-past",
                        "expiresAt " + request.expiresAt() + " is not after now (" + now + ").");
            }
            commands.sendAndWait(new HoldCoinsCommand(request.studentId(), request.holdId(), request.amount(),
                    request.purpose(), request.expiresAt(), now));
            return request.holdId();
        });
    }

    @PostMapping("/holds/{holdId}/capture")
    CommandAccepted capture(@PathVariable String holdId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                            @Valid @RequestBody CoinRequests.HoldDecision request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(holdId, request), () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new CaptureHoldCommand(request.studentId(), holdId, clock.instant()));
            return holdId;
        });
    }

    @PostMapping("/holds/{holdId}/release")
    CommandAccepted release(@PathVariable String holdId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                            @Valid @RequestBody CoinRequests.HoldDecision request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(holdId, request), () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new ReleaseHoldCommand(request.studentId(), holdId, false, clock.instant()));
            return holdId;
        });
    }

    @PostMapping("/reversals")
    CommandAccepted reverse(@RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                            @Valid @RequestBody CoinRequests.Reversal request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, request, () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new ReverseEntryCommand(request.studentId(), request.reversalId(),
                    request.entryId(), request.reason(), caller.subject(), clock.instant()));
            return request.reversalId();
        });
    }

    @PostMapping("/adjustments")
    CommandAccepted adjust(@RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody CoinRequests.Adjustment request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, request, () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new AdjustCoinsCommand(request.studentId(), request.adjustmentId(),
                    request.amount(), request.reason(), request.evidence(), caller.subject(), clock.instant()));
            return request.adjustmentId();
        });
    }
}
