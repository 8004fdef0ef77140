package uz.daftar.command.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.command.learner.LearnerRegistry;
import uz.daftar.command.subscription.Entitlements;
import uz.daftar.command.subscription.GrantEntitlementCommand;
import uz.daftar.command.subscription.RefundEntitlementCommand;
import uz.daftar.command.subscription.RenewEntitlementCommand;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;
import java.time.Instant;

/**
 * Entitlements of the subscription context. Grants, renewals and refunds come from the platform's billing service
 * (admin role); a student may ask whether they themself are entitled to a product.
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final LearnerRegistry registry;
    private final Entitlements entitlements;
    private final Clock clock;

    SubscriptionController(CommandGateway commands, IdempotentCommands idempotent, LearnerRegistry registry,
                           Entitlements entitlements, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.registry = registry;
        this.entitlements = entitlements;
        this.clock = clock;
    }

    @PostMapping("/entitlements")
    CommandAccepted grant(@RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                          @Valid @RequestBody SubscriptionRequests.Grant request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, request, () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new GrantEntitlementCommand(request.studentId(), request.entitlementId(),
                    request.product(), request.validFrom(), request.validUntil(), request.source(), clock.instant()));
            return request.entitlementId();
        });
    }

    @PostMapping("/entitlements/{entitlementId}/renewal")
    CommandAccepted renew(@PathVariable String entitlementId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                          @Valid @RequestBody SubscriptionRequests.Renewal request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(entitlementId, request), () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new RenewEntitlementCommand(request.studentId(), entitlementId,
                    request.validUntil(), request.paymentReference(), clock.instant()));
            return entitlementId;
        });
    }

    @PostMapping("/entitlements/{entitlementId}/refund")
    CommandAccepted refund(@PathVariable String entitlementId, @RequestHeader(Requests.IDEMPOTENCY_KEY) String key,
                           @Valid @RequestBody SubscriptionRequests.Refund request, Authentication authentication) {
        Caller caller = Access.require(authentication, Role.ADMIN);
        return idempotent.run(caller, key, new Requests.OnPath(entitlementId, request), () -> {
            Access.requireRegistered(registry, request.studentId());
            commands.sendAndWait(new RefundEntitlementCommand(request.studentId(), entitlementId, request.reason(),
                    clock.instant()));
            return entitlementId;
        });
    }

    @GetMapping("/{studentId}/active")
    EntitlementCheck active(@PathVariable String studentId, @Valid SubscriptionRequests.ActiveQuery query,
                            Authentication authentication) {
        Access.requireSelfOrAdmin(authentication, studentId);
        Access.requireRegistered(registry, studentId);
        Instant at = query.at() != null ? query.at() : clock.instant();
        return new EntitlementCheck(studentId, query.product(), at,
                entitlements.isActive(studentId, query.product(), at));
    }
}
