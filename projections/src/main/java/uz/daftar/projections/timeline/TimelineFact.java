package uz.daftar.projections.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one event says about one student, in plain words for a parent, with the figures the event carries and what
 * it adds to each {@link TimelineFigure}. Built from the event alone; stored under the event's id.
 */
final class TimelineFact {

    private final String studentId;
    private final Instant occurredAt;
    private final String description;
    private String ruleVersion;
    private String sourceId;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<TimelineFigure, Long> contributions = new EnumMap<>(TimelineFigure.class);

    private TimelineFact(String studentId, Instant occurredAt, String description) {
        this.studentId = studentId;
        this.occurredAt = occurredAt;
        this.description = description;
    }

    static TimelineFact of(String studentId, Instant occurredAt, String description) {
        return new TimelineFact(studentId, occurredAt, description);
    }

    /** The versioned rule that decided what the event records. */
    TimelineFact rule(String version) {
        ruleVersion = version;
        return this;
    }

    /** What the event follows from or is about: an answer id, a game session, an olympiad, a hold... */
    TimelineFact source(String id) {
        sourceId = id;
        return this;
    }

    /** A figure the event carries; a null value is left out. */
    TimelineFact figure(String name, Object value) {
        if (value != null) {
            figures.put(name, value instanceof Instant || value instanceof LocalDate ? value.toString() : value);
        }
        return this;
    }

    /** What the event adds to a dashboard figure; nothing is recorded for 0. */
    TimelineFact adds(TimelineFigure figure, long amount) {
        if (amount != 0) {
            contributions.merge(figure, amount, Long::sum);
        }
        return this;
    }

    String studentId() {
        return studentId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String description() {
        return description;
    }

    String ruleVersion() {
        return ruleVersion;
    }

    String sourceId() {
        return sourceId;
    }

    Map<String, Object> figures() {
        return Collections.unmodifiableMap(figures);
    }

    Map<TimelineFigure, Long> contributions() {
        return Collections.unmodifiableMap(contributions);
    }
}
