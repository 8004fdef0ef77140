package uz.daftar.projections.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Every student's timeline: one entry per event that concerns the student, worded for a parent, with the figures
 * the event carries and what it adds to each dashboard figure. An entry is keyed by the event's id and built from
 * that event alone (its data and its own time, never the clock), so redelivery changes nothing, the order the
 * streams arrive in does not matter and a replay writes the same rows.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
public class TimelineProjection {

    public static final String PROCESSING_GROUP = "student-timeline";

    private final TimelineWriter writer;

    TimelineProjection(TimelineWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        List<TimelineFact> facts = TimelineKinds.factsOf(event);
        if (!facts.isEmpty()) {
            long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
            String kind = TimelineKinds.kindOf(event);
            writer.insert(message.getIdentifier(), sequence, kind, TimelineKinds.rank(kind), facts);
        }
    }

    @ResetHandler
    void reset() {
        writer.clear();
    }
}
