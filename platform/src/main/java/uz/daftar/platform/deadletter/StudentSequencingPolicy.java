package uz.daftar.platform.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Sequences events by the student they concern: the {@code studentId} of the event record, else the stream
 * (aggregate) the event belongs to, else the event itself. A processor keeps each student's events in order, and its
 * dead-letter queue parks one student's events, never another's. Events that concern no student (an olympiad
 * created, a class opened) stay in the order of their own stream.
 */
public final class StudentSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private static final ClassValue<Optional<Method>> STUDENT_ID = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("studentId") && component.getType() == String.class) {
                    Method accessor = component.getAccessor();
                    accessor.trySetAccessible();
                    return Optional.of(accessor);
                }
            }
            return Optional.empty();
        }
    };

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return studentOf(event).map(Object.class::cast).orElseGet(() ->
                event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier());
    }

    /** The student the event concerns: the {@code studentId} of its record, if it has one and it is set. */
    public Optional<String> studentOf(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload == null) {
            return Optional.empty();
        }
        return STUDENT_ID.get(payload.getClass()).map(accessor -> read(accessor, payload));
    }

    private static String read(Method accessor, Object payload) {
        try {
            return (String) accessor.invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read studentId of " + payload.getClass().getName(), e);
        }
    }
}
