package uz.daftar.platform.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One parked event as an admin sees it: what it is, where it stands in the store and its stream, why it failed
 * (the handler's exception) and since when.
 *
 * @param globalPosition          its position in the event store, when known
 * @param aggregateIdentifier     the stream it was appended to, when it has one
 * @param aggregateSequenceNumber its number in that stream
 * @param diagnostics             {@code attempts} (handlings that failed), {@code rootCause}, {@code sqlState}
 */
public record DeadLetterView(String eventType,
                             String eventIdentifier,
                             Long globalPosition,
                             String aggregateIdentifier,
                             Long aggregateSequenceNumber,
                             String causeType,
                             String causeMessage,
                             Instant enqueuedAt,
                             Instant lastTouched,
                             Map<String, Object> diagnostics) {

    static DeadLetterView of(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        Optional<Cause> cause = letter.cause();
        return new DeadLetterView(message.getPayloadType().getSimpleName(), message.getIdentifier(),
                positionOf(message), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                new TreeMap<>(letter.diagnostics()));
    }

    private static Long positionOf(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            TrackingToken token = tracked.trackingToken();
            return token.position().isPresent() ? token.position().getAsLong() : null;
        }
        return null;
    }
}
