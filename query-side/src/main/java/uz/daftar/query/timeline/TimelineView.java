package uz.daftar.query.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of a student's timeline, newest first; {@code next} is the cursor of the following page, null on the last.
 */
public record TimelineView(String studentId, List<Entry> entries, String next) {

    /**
     * One event that concerns the student: its id and time, its type ({@code kind}), what happened in plain words,
     * the rule version it records, what it follows from or is about ({@code sourceId}), and the figures it carries.
     */
    public record Entry(String eventId, Instant occurredAt, String kind, String description, String ruleVersion,
                        String sourceId, Map<String, Object> figures) {
    }
}
