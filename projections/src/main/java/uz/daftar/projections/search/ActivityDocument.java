package uz.daftar.projections.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One activity-index document under construction: the fields every event has, then its own. */
final class ActivityDocument {

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final String studentId;
    private final Instant occurredAt;

    private ActivityDocument(String type, String studentId, Instant occurredAt, String description) {
        this.studentId = studentId;
        this.occurredAt = occurredAt;
        fields.put("type", type);
        fields.put("studentId", studentId);
        fields.put("occurredAt", occurredAt.toString());
        fields.put("description", description);
    }

    static ActivityDocument of(String type, String studentId, Instant occurredAt, String description) {
        return new ActivityDocument(type, studentId, occurredAt, description);
    }

    String studentId() {
        return studentId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    ActivityDocument with(String field, Object value) {
        if (value != null) {
            fields.put(field, value);
        }
        return this;
    }

    /** The document as stored: event id and stream sequence first, then the fields. */
    Map<String, Object> stored(String eventId, long sequence) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("eventId", eventId);
        document.put("sequence", sequence);
        document.putAll(fields);
        return document;
    }
}
