package uz.daftar.platform.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

import java.sql.SQLException;
import java.util.Set;

import static org.axonframework.messaging.deadletter.ThrowableCause.truncated;

/**
 * Decides what a failed handler means for one processing group. Axon's own answers to "do not park" drop the event,
 * so this policy never gives them; an event is either parked (visible, retried or evicted by an admin) or its batch
 * fails and is handled again, and nothing is skipped:
 * <ul>
 *   <li>a failure of the infrastructure ({@link TransientFailures}: the database or a network away, a deadlock)
 *   fails the batch, which the processor retries with back-off: parking would turn an outage into thousands of
 *   letters;</li>
 *   <li>a failure of the handler that happened without a savepoint fails the batch too, and the event runs in a
 *   savepoint on the retry ({@link SavepointHandlerEnhancer});</li>
 *   <li>a failure of the handler inside its savepoint parks the event, and the processor's sequencing policy parks
 *   the rest of its sequence (the student's later events) behind it;</li>
 *   <li>a dead letter that fails again when retried stays parked, whatever the failure, with the new cause.</li>
 * </ul>
 * Diagnostics count the attempts and name the root cause, which for SQL failures carries the database's message.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final int ROOT_CAUSE_LENGTH = 500;

    private final String processingGroup;
    private final SavepointRequests savepoints;

    ParkingPolicy(String processingGroup, SavepointRequests savepoints) {
        this.processingGroup = processingGroup;
        this.savepoints = savepoints;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (DeadLetterRetries.inProgress()) {
            return Decisions.requeue(truncated(cause), failed -> diagnostics(failed, cause));
        }
        String eventId = letter.message().getIdentifier();
        if (TransientFailures.isTransient(cause)) {
            throw BatchRetried.afterTransientFailure(processingGroup, eventId, cause);
        }
        if (savepoints.isRequested(processingGroup, eventId)) {
            throw BatchRetried.inASavepoint(processingGroup, eventId, cause);
        }
        return Decisions.enqueue(truncated(cause), failed -> diagnostics(failed, cause));
    }

    private static MetaData diagnostics(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        Object attempts = letter.diagnostics().get("attempts");
        Throwable root = rootOf(cause);
        MetaData diagnostics = letter.diagnostics()
                .and("attempts", (attempts instanceof Number n ? n.intValue() : 0) + 1)
                .and("rootCause", abbreviate(root.getClass().getName() + ": " + root.getMessage()));
        return root instanceof SQLException sql && sql.getSQLState() != null
                ? diagnostics.and("sqlState", sql.getSQLState())
                : diagnostics.withoutKeys(Set.of("sqlState"));
    }

    private static Throwable rootOf(Throwable cause) {
        Throwable root = cause;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root;
    }

    private static String abbreviate(String text) {
        return text.length() <= ROOT_CAUSE_LENGTH ? text : text.substring(0, ROOT_CAUSE_LENGTH - 1) + "…";
    }
}
