package uz.daftar.projections.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A timeline writer that keeps rows in memory, keyed as the tables are (student, event id), keeping the first row
 * written under a key as {@code ON CONFLICT DO NOTHING} does; it also records every row it was given.
 */
class RecordingTimelineWriter extends TimelineWriter {

    final Map<List<String>, Row> rows = new LinkedHashMap<>();
    final List<Row> written = new ArrayList<>();

    RecordingTimelineWriter() {
        super(null);
    }

    @Override
    void insert(String eventId, long sequence, String kind, int kindRank, List<TimelineFact> facts) {
        for (TimelineFact fact : facts) {
            Row row = new Row(fact.studentId(), eventId, sequence, kind, kindRank, fact.occurredAt(),
                    fact.description(), fact.ruleVersion(), fact.sourceId(), Map.copyOf(fact.figures()),
                    Map.copyOf(fact.contributions()));
            written.add(row);
            rows.putIfAbsent(List.of(row.studentId(), eventId), row);
        }
    }

    @Override
    void clear() {
        rows.clear();
    }

    /** The only row of {@code kind}. */
    Row only(String kind) {
        List<Row> found = rows.values().stream().filter(row -> row.kind().equals(kind)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " rows of kind " + kind);
        }
        return found.get(0);
    }

    record Row(String studentId, String eventId, long sequence, String kind, int kindRank, Instant occurredAt,
               String description,
               String ruleVersion, String sourceId, Map<String, Object> figures,
               Map<TimelineFigure, Long> contributions) {
    }
}
