package uz.daftar.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uz.daftar.command.subscription.Entitlements;
import uz.daftar.command.subscription.ExpireEntitlementCommand;

import java.time.Clock;
import java.time.Instant;

/**
 * The deadline of every running entitlement is its {@code validUntil} in the {@code entitlement} table; once it has
 * passed, the entitlement is expired by a command that carries the time of the check. The subscription expires only
 * a running entitlement whose time has come, so several instances checking at once are harmless.
 */
@Component
class EntitlementExpiry {

    private static final Logger log = LoggerFactory.getLogger(EntitlementExpiry.class);
    private static final int BATCH = 500;

    private final Entitlements entitlements;
    private final CommandGateway commands;
    private final Clock clock;

    EntitlementExpiry(Entitlements entitlements, CommandGateway commands, Clock clock) {
        this.entitlements = entitlements;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${daftar.subscription.expiry-check:PT5S}")
    void expireDueEntitlements() {
        Instant now = clock.instant();
        for (Entitlements.Due due : entitlements.dueForExpiry(now, BATCH)) {
            try {
                commands.sendAndWait(new ExpireEntitlementCommand(due.studentId(), due.entitlementId(), now));
            } catch (RuntimeException e) {
                log.warn("entitlement {} of {} could not be expired yet: {}", due.entitlementId(), due.studentId(),
                        e.getMessage());
            }
        }
    }
}
