package uz.daftar.projections.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import uz.daftar.events.serialization.EventSerialization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads students' timelines: entries newest first by keyset, and for each dashboard figure the entries that add up
 * to it. The only way other modules see {@code timeline_entry} and {@code timeline_contribution}.
 */
@Component
public class TimelineReader {

    private static final ObjectMapper JSON = EventSerialization.objectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> FIGURES = new TypeReference<>() {
    };
    private static final String ENTRY_COLUMNS =
            "e.event_id, e.occurred_at, e.kind_rank, e.kind, e.description, e.rule_version, e.source_id, "
                    + "e.figures::text AS figures";
    private static final RowMapper<TimelineEntry> ENTRY = (rs, row) -> entry(rs);
    private static final RowMapper<Contribution> CONTRIBUTION = (rs, row) -> new Contribution(entry(rs),
            rs.getLong("amount"));

    private final JdbcTemplate jdbc;

    TimelineReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the student's registration is in the timeline. */
    public boolean registered(String studentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM timeline_entry "
                + "WHERE student_id = ? AND kind = 'StudentRegistered')", Boolean.class, studentId));
    }

    /** The student's entries of the event {@code id} and of every event that follows from it, oldest first. */
    public List<TimelineEntry> about(String studentId, String id) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM timeline_entry e WHERE e.student_id = ? "
                + "AND (e.event_id = ? OR e.source_id = ?) ORDER BY e.occurred_at, e.kind_rank, e.event_id", ENTRY,
                studentId, id, id);
    }

    /** At most {@code limit} entries that pass {@code filter}, newest first, all after {@code before} if given. */
    public List<TimelineEntry> entries(String studentId, TimelineFilter filter, TimelineKey before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + ENTRY_COLUMNS
                + " FROM timeline_entry e WHERE e.student_id = ?");
        List<Object> args = new ArrayList<>(List.of(studentId));
        if (filter.from() != null) {
            sql.append(" AND e.occurred_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND e.occurred_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        if (!filter.kinds().isEmpty()) {
            sql.append(" AND e.kind IN (").append(String.join(", ", Collections.nCopies(filter.kinds().size(), "?")))
                    .append(")");
            args.addAll(filter.kinds());
        }
        if (before != null) {
            sql.append(" AND (e.occurred_at, e.kind_rank, e.event_id) < (?, ?, ?)");
            args.addAll(keyset(before));
        }
        sql.append(" ORDER BY e.occurred_at DESC, e.kind_rank DESC, e.event_id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), ENTRY, args.toArray());
    }

    /** Every entry of the given kinds, newest first; for kinds a student has few of (levels, streak days). */
    public List<TimelineEntry> all(String studentId, Collection<String> kinds) {
        return entries(studentId, new TimelineFilter(null, null, Set.copyOf(kinds)), null, Integer.MAX_VALUE);
    }

    /** The figure as its contributions add it up. */
    public long total(String studentId, TimelineFigure figure) {
        return jdbc.queryForObject("SELECT coalesce(sum(amount), 0) FROM timeline_contribution "
                + "WHERE student_id = ? AND figure = ?", Long.class, studentId, figure.name());
    }

    /** How many entries add to the figure. */
    public long contributors(String studentId, TimelineFigure figure) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_contribution WHERE student_id = ? AND figure = ?",
                Long.class, studentId, figure.name());
    }

    /** The rule versions recorded by the entries that add to the figure, in order. */
    public List<String> ruleVersions(String studentId, TimelineFigure figure) {
        return jdbc.queryForList("""
                SELECT DISTINCT e.rule_version FROM timeline_contribution c
                JOIN timeline_entry e ON e.student_id = c.student_id AND e.event_id = c.event_id
                WHERE c.student_id = ? AND c.figure = ? AND e.rule_version IS NOT NULL ORDER BY e.rule_version
                """, String.class, studentId, figure.name());
    }

    /** At most {@code limit} of the entries that add to the figure, newest first, all after {@code before}. */
    public List<Contribution> contributions(String studentId, TimelineFigure figure, TimelineKey before, int limit) {
        String after = before == null ? "" : " AND (c.occurred_at, c.kind_rank, c.event_id) < (?, ?, ?)";
        List<Object> args = new ArrayList<>(List.of(studentId, figure.name()));
        if (before != null) {
            args.addAll(keyset(before));
        }
        args.add(limit);
        return jdbc.query("SELECT " + ENTRY_COLUMNS + ", c.amount FROM timeline_contribution c "
                + "JOIN timeline_entry e ON e.student_id = c.student_id AND e.event_id = c.event_id "
                + "WHERE c.student_id = ? AND c.figure = ?" + after
                + " ORDER BY c.occurred_at DESC, c.kind_rank DESC, c.event_id DESC LIMIT ?", CONTRIBUTION,
                args.toArray());
    }

    /**
     * The steps of a student's level, newest first: the start at level 1, then each level reached with the levels it
     * gained over the one before (levels only grow, so they order the steps).
     */
    public List<Contribution> levelSteps(String studentId) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + ", CASE WHEN e.kind = 'ProgressStarted' THEN 1 ELSE "
                + "(e.figures->>'level')::int - lag((e.figures->>'level')::int, 1, 1) OVER (PARTITION BY e.kind "
                + "ORDER BY (e.figures->>'level')::int) END AS amount "
                + "FROM timeline_entry e WHERE e.student_id = ? AND e.kind IN ('ProgressStarted', 'LevelReached') "
                + "ORDER BY e.occurred_at DESC, e.kind_rank DESC, e.event_id DESC", CONTRIBUTION, studentId);
    }

    /** What the entries of each kind from {@code from} (included) to {@code to} (excluded) add to the figure. */
    public Map<String, Long> totalsByKind(String studentId, TimelineFigure figure, Instant from, Instant to) {
        Map<String, Long> totals = new LinkedHashMap<>();
        jdbc.query("SELECT kind, sum(amount) AS total FROM timeline_contribution WHERE student_id = ? AND figure = ? "
                        + "AND occurred_at >= ? AND occurred_at < ? GROUP BY kind ORDER BY kind",
                (RowCallbackHandler) rs -> totals.put(rs.getString("kind"), rs.getLong("total")), studentId,
                figure.name(), Timestamp.from(from), Timestamp.from(to));
        return totals;
    }

    /** How mastery of each skill practised from {@code from} (included) to {@code to} (excluded) moved, by skill. */
    public List<SkillChange> skillChanges(String studentId, Instant from, Instant to) {
        return jdbc.query("""
                SELECT figures->>'skill' AS skill,
                       (array_agg(figures->>'previous' ORDER BY stream_sequence))[1] AS from_level,
                       (array_agg(figures->>'level' ORDER BY stream_sequence DESC))[1] AS to_level
                FROM timeline_entry WHERE student_id = ? AND kind = 'SkillPracticed' AND occurred_at >= ?
                  AND occurred_at < ?
                GROUP BY figures->>'skill' ORDER BY skill
                """, (rs, row) -> new SkillChange(rs.getString("skill"), rs.getString("from_level"),
                rs.getString("to_level")), studentId, Timestamp.from(from), Timestamp.from(to));
    }

    private static List<Object> keyset(TimelineKey key) {
        return List.of(Timestamp.from(key.occurredAt()), key.kindRank(), key.eventId());
    }

    private static TimelineEntry entry(ResultSet rs) throws SQLException {
        return new TimelineEntry(rs.getString("event_id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getInt("kind_rank"), rs.getString("kind"), rs.getString("description"), rs.getString("rule_version"),
                rs.getString("source_id"), figures(rs.getString("figures")));
    }

    private static Map<String, Object> figures(String json) {
        try {
            return Collections.unmodifiableMap(JSON.readValue(json, FIGURES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a timeline entry's figures do not read as JSON: " + json, e);
        }
    }
}
