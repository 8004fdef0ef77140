package uz.daftar.projections.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uz.daftar.events.serialization.EventSerialization;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The only writer of {@code timeline_entry} and {@code timeline_contribution}. */
@Component
class TimelineWriter {

    private static final ObjectMapper JSON = EventSerialization.objectMapper();

    private final JdbcTemplate jdbc;

    TimelineWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores what one event says about each student it concerns; an entry already stored stays as it is. */
    void insert(String eventId, long sequence, String kind, int kindRank, List<TimelineFact> facts) {
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> contributions = new ArrayList<>();
        for (TimelineFact fact : facts) {
            Timestamp at = Timestamp.from(fact.occurredAt());
            entries.add(new Object[]{fact.studentId(), eventId, sequence, at, kindRank, kind, fact.description(),
                    fact.ruleVersion(), fact.sourceId(), json(fact.figures())});
            fact.contributions().forEach((figure, amount) -> contributions.add(
                    new Object[]{fact.studentId(), figure.name(), eventId, at, kindRank, kind, amount}));
        }
        jdbc.batchUpdate("""
                INSERT INTO timeline_entry (student_id, event_id, stream_sequence, occurred_at, kind_rank, kind,
                                            description, rule_version, source_id, figures)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (student_id, event_id) DO NOTHING
                """, entries);
        if (!contributions.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO timeline_contribution (student_id, figure, event_id, occurred_at, kind_rank, kind,
                                                       amount)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (student_id, figure, event_id) DO NOTHING
                    """, contributions);
        }
    }

    void clear() {
        jdbc.update("TRUNCATE timeline_entry, timeline_contribution");
    }

    private static String json(Map<String, Object> figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the figures " + figures + " as JSON", e);
        }
    }
}
