package uz.daftar.platform.operations;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import uz.daftar.events.operations.OperatorAction;
import uz.daftar.events.operations.OperatorActed;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place an operator's action on the running platform becomes an event ({@link OperatorActed}), appended to
 * the event store like any other fact, so who retried, evicted, replayed or cut over what, when and why is history,
 * not a log line. Record after the action took effect, with what came of it.
 */
public class OperatorLog {

    private final EventBus events;
    private final Clock clock;

    public OperatorLog(EventBus events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public OperatorActed record(Caller operator, OperatorAction action, String target, String reason,
                                String outcome) {
        OperatorActed acted = new OperatorActed(UUID.randomUUID().toString(), operator.subject(), roles(operator),
                action, target, reason, outcome, clock.instant());
        events.publish(GenericEventMessage.asEventMessage(acted));
        return acted;
    }

    /** The caller's operator roles, most privileged first ({@code ADMIN}, or {@code ADMIN,ANALYST}). */
    private static String roles(Caller operator) {
        return Arrays.stream(new Role[]{Role.ADMIN, Role.ANALYST, Role.CENTRE_ADMIN, Role.TEACHER, Role.PARENT,
                        Role.STUDENT})
                .filter(operator::has)
                .map(Role::name)
                .collect(Collectors.joining(","));
    }
}
