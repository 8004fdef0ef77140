package uz.daftar.projections.olympiad;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.PrizeBand;

import java.sql.PreparedStatement;
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
import java.util.Optional;

/**
 * Reads olympiads, participations and standings. Standings are the frozen final ones once they have all arrived,
 * otherwise live from graded participants in the order score (highest first), submission time (earliest first),
 * student id. Live places are found by keyset over {@code olympiad_participant_standing_idx}, never by OFFSET: a
 * student's rank is 1 + the number of places strictly ahead, a range count over the index.
 */
@Component
public class OlympiadReader {

    private static final TypeReference<Map<String, String>> TITLES = new TypeReference<>() {
    };
    private static final TypeReference<List<PrizeBand>> PRIZES = new TypeReference<>() {
    };

    /** The live order as one ascending key; "ahead of" a place is {@code (KEY) < (?, ?, ?)}. */
    private static final String KEY = "negated_score, submitted_at, student_id";
    private static final String KEY_DESCENDING = "negated_score DESC, submitted_at DESC, student_id DESC";
    private static final String GRADED = "olympiad_id = ? AND negated_score IS NOT NULL";

    private static final RowMapper<OlympiadRow> OLYMPIAD = (rs, row) -> new OlympiadRow(rs.getString("olympiad_id"),
            OlympiadJson.read(rs.getString("titles"), TITLES), rs.getString("subject"), rs.getInt("min_age"),
            rs.getInt("max_age"), new OlympiadSchedule(instant(rs, "registration_opens"),
            instant(rs, "registration_closes"), instant(rs, "start_opens"), instant(rs, "start_closes"),
            rs.getLong("duration_seconds"), instant(rs, "final_deadline")), rs.getLong("entry_fee"),
            rs.getInt("question_count"), rs.getInt("max_score"), OlympiadJson.read(rs.getString("prizes"), PRIZES),
            rs.getString("status"), instant(rs, "created_at"), instant(rs, "published_at"),
            instant(rs, "cancelled_at"), rs.getString("cancel_reason"), rs.getTimestamp("frozen_at") == null ? null
            : new OlympiadRow.Frozen(rs.getInt("frozen_participants"), rs.getString("ranking_rule"),
            rs.getString("prize_rule"), rs.getString("ranking_digest"), instant(rs, "frozen_at"),
            rs.getBoolean("frozen_complete")));

    /** Frozen standings are complete once their last rank is in: pages come in order, in one stream. */
    private static final String FROZEN_COMPLETE = """
            o.frozen_at IS NOT NULL AND (o.frozen_participants = 0 OR EXISTS (SELECT 1 FROM olympiad_result r
                WHERE r.olympiad_id = o.olympiad_id AND r.rank = o.frozen_participants))""";
    private static final String OLYMPIADS = "SELECT o.*, " + FROZEN_COMPLETE + " AS frozen_complete "
            + "FROM olympiad o WHERE o.created_at IS NOT NULL";

    private static final String COUNTS = """
            count(DISTINCT p.student_id) FILTER (WHERE p.registered_at IS NOT NULL) AS registered,
            count(DISTINCT p.student_id) FILTER (WHERE p.started_at IS NOT NULL) AS started,
            count(DISTINCT p.student_id) FILTER (WHERE p.submitted_at IS NOT NULL) AS submitted,
            count(DISTINCT p.student_id) FILTER (WHERE p.forced) AS forced,
            count(DISTINCT p.student_id) FILTER (WHERE p.score IS NOT NULL) AS graded,
            count(DISTINCT p.student_id) FILTER (WHERE p.cancelled_at IS NOT NULL) AS cancelled
            """;

    private final JdbcTemplate jdbc;

    OlympiadReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every created olympiad, the latest to start first; drafts only when asked for. */
    public List<OlympiadRow> olympiads(boolean withDrafts) {
        return jdbc.query(OLYMPIADS + (withDrafts ? "" : " AND o.status <> 'DRAFT'")
                + " ORDER BY o.start_opens DESC, o.olympiad_id", OLYMPIAD);
    }

    public Optional<OlympiadRow> olympiad(String olympiadId) {
        return jdbc.query(OLYMPIADS + " AND o.olympiad_id = ?", OLYMPIAD, olympiadId).stream().findFirst();
    }

    /** The first {@code limit} places. */
    public Standings top(String olympiadId, int limit) {
        if (frozen(olympiadId)) {
            return new Standings(true, frozenRanked(olympiadId), jdbc.query("SELECT * FROM olympiad_result "
                    + "WHERE olympiad_id = ? AND rank <= ? ORDER BY rank", OlympiadReader::frozenPlace, olympiadId, limit));
        }
        List<StandingRow> entries = jdbc.query("SELECT * FROM olympiad_participant WHERE " + GRADED
                + " ORDER BY " + KEY + " LIMIT ?", (rs, row) -> livePlace(rs, row + 1), olympiadId, limit);
        return new Standings(false, liveRanked(olympiadId), entries);
    }

    /** The student's place with up to {@code neighbours} places on each side; empty while the student has none. */
    public Optional<StandingNeighbourhood> around(String olympiadId, String studentId, int neighbours) {
        return frozen(olympiadId) ? frozenAround(olympiadId, studentId, neighbours)
                : liveAround(olympiadId, studentId, neighbours);
    }

    /** The places of the students of a class or centre, at most {@code limit} of them. */
    public GroupStandings ofGroup(String olympiadId, RosterGroup group, String groupId, int limit) {
        String members = "student_id IN (SELECT student_id FROM roster_enrolment WHERE " + group.column() + " = ?)";
        String inGroup = ", row_number() OVER (ORDER BY rank) AS group_rank, count(*) OVER () AS group_size ";
        boolean frozen = frozen(olympiadId);
        String sql = frozen
                ? "SELECT *" + inGroup + "FROM olympiad_result WHERE olympiad_id = ? AND " + members
                : "SELECT *" + inGroup + "FROM (SELECT *, row_number() OVER (ORDER BY " + KEY + ") AS rank "
                + "FROM olympiad_participant WHERE " + GRADED + ") ranked WHERE " + members;
        int[] size = {0};
        List<GroupStandings.Entry> entries = jdbc.query(sql + " ORDER BY rank LIMIT ?", (rs, row) -> {
            size[0] = rs.getInt("group_size");
            return new GroupStandings.Entry(rs.getInt("group_rank"),
                    frozen ? frozenPlace(rs, row) : livePlace(rs, rs.getInt("rank")));
        }, olympiadId, groupId, limit);
        return new GroupStandings(frozen, size[0], entries);
    }

    /**
     * Every olympiad participation of these students, with the frozen rank and prize where the standings are frozen,
     * by olympiad and then by rank.
     */
    public List<OlympiadResultRow> resultsOf(Collection<String> studentIds) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    SELECT p.olympiad_id, p.student_id, p.status, p.score, p.max_score, r.rank, r.prize_coins
                    FROM olympiad_participant p LEFT JOIN olympiad_result r
                        ON r.olympiad_id = p.olympiad_id AND r.student_id = p.student_id
                    WHERE p.student_id = ANY (?) ORDER BY p.olympiad_id, r.rank NULLS LAST, p.student_id
                    """);
            statement.setArray(1, connection.createArrayOf("varchar", studentIds.toArray()));
            return statement;
        }, (rs, row) -> new OlympiadResultRow(rs.getString("olympiad_id"), rs.getString("student_id"),
                rs.getString("status"), (Integer) rs.getObject("score"), (Integer) rs.getObject("max_score"),
                (Integer) rs.getObject("rank"), (Long) rs.getObject("prize_coins")));
    }

    public Optional<ParticipantRow> participant(String olympiadId, String studentId) {
        return jdbc.query("SELECT * FROM olympiad_participant WHERE olympiad_id = ? AND student_id = ?",
                (rs, row) -> new ParticipantRow(rs.getString("olympiad_id"), rs.getString("student_id"),
                        rs.getString("status"), instant(rs, "registered_at"), instant(rs, "started_at"),
                        instant(rs, "personal_deadline"), instant(rs, "submitted_at"),
                        (Boolean) rs.getObject("forced"), (Integer) rs.getObject("score"),
                        (Integer) rs.getObject("max_score"), instant(rs, "cancelled_at")),
                olympiadId, studentId).stream().findFirst();
    }

    public ParticipationCounts participation(String olympiadId) {
        return jdbc.queryForObject("SELECT " + COUNTS + " FROM olympiad_participant p WHERE p.olympiad_id = ?",
                (rs, row) -> counts(rs), olympiadId);
    }

    /** Participation per class or centre that has participants, by group id; a student counts in each group. */
    public Map<String, ParticipationCounts> participationBy(String olympiadId, RosterGroup group) {
        Map<String, ParticipationCounts> counts = new LinkedHashMap<>();
        jdbc.query("SELECT e." + group.column() + " AS group_id, " + COUNTS + " FROM olympiad_participant p "
                + "JOIN roster_enrolment e ON e.student_id = p.student_id WHERE p.olympiad_id = ? "
                + "GROUP BY e." + group.column() + " ORDER BY e." + group.column(), rs -> {
            counts.put(rs.getString("group_id"), counts(rs));
        }, olympiadId);
        return counts;
    }

    private Optional<StandingNeighbourhood> frozenAround(String olympiadId, String studentId, int neighbours) {
        Optional<StandingRow> entry = jdbc.query("SELECT * FROM olympiad_result WHERE olympiad_id = ? "
                + "AND student_id = ?", OlympiadReader::frozenPlace, olympiadId, studentId).stream().findFirst();
        return entry.map(found -> {
            List<StandingRow> near = jdbc.query("SELECT * FROM olympiad_result WHERE olympiad_id = ? "
                            + "AND rank BETWEEN ? AND ? AND rank <> ? ORDER BY rank", OlympiadReader::frozenPlace,
                    olympiadId, found.rank() - neighbours, found.rank() + neighbours, found.rank());
            return new StandingNeighbourhood(true, frozenRanked(olympiadId), found,
                    near.stream().filter(place -> place.rank() < found.rank()).toList(),
                    near.stream().filter(place -> place.rank() > found.rank()).toList());
        });
    }

    private Optional<StandingNeighbourhood> liveAround(String olympiadId, String studentId, int neighbours) {
        return jdbc.query("SELECT * FROM olympiad_participant WHERE " + GRADED + " AND student_id = ?",
                (rs, row) -> livePlace(rs, 0), olympiadId, studentId).stream().findFirst().map(unranked -> {
            Object[] key = {-unranked.score(), Timestamp.from(unranked.submittedAt()), unranked.studentId()};
            int rank = 1 + jdbc.queryForObject("SELECT count(*) FROM olympiad_participant WHERE " + GRADED
                    + " AND (" + KEY + ") < (?, ?, ?)", Integer.class, olympiadId, key[0], key[1], key[2]);
            List<StandingRow> above = new ArrayList<>(jdbc.query("SELECT * FROM olympiad_participant WHERE " + GRADED
                            + " AND (" + KEY + ") < (?, ?, ?) ORDER BY " + KEY_DESCENDING + " LIMIT ?",
                    (rs, row) -> livePlace(rs, rank - 1 - row), olympiadId, key[0], key[1], key[2], neighbours));
            Collections.reverse(above);
            List<StandingRow> below = jdbc.query("SELECT * FROM olympiad_participant WHERE " + GRADED + " AND ("
                            + KEY + ") > (?, ?, ?) ORDER BY " + KEY + " LIMIT ?",
                    (rs, row) -> livePlace(rs, rank + 1 + row), olympiadId, key[0], key[1], key[2], neighbours);
            return new StandingNeighbourhood(false, liveRanked(olympiadId), new StandingRow(rank, unranked.studentId(),
                    unranked.score(), unranked.submittedAt(), null), above, below);
        });
    }

    /** Whether the olympiad's frozen standings have all arrived. */
    private boolean frozen(String olympiadId) {
        return jdbc.queryForList("SELECT " + FROZEN_COMPLETE + " FROM olympiad o WHERE o.olympiad_id = ?",
                Boolean.class, olympiadId).stream().findFirst().orElse(false);
    }

    private int frozenRanked(String olympiadId) {
        return jdbc.queryForObject("SELECT frozen_participants FROM olympiad WHERE olympiad_id = ?", Integer.class,
                olympiadId);
    }

    private int liveRanked(String olympiadId) {
        return jdbc.queryForObject("SELECT count(*) FROM olympiad_participant WHERE " + GRADED, Integer.class,
                olympiadId);
    }

    private static StandingRow frozenPlace(ResultSet rs, int row) throws SQLException {
        return new StandingRow(rs.getInt("rank"), rs.getString("student_id"), rs.getInt("score"),
                instant(rs, "submitted_at"), rs.getLong("prize_coins"));
    }

    private static StandingRow livePlace(ResultSet rs, int rank) throws SQLException {
        return new StandingRow(rank, rs.getString("student_id"), rs.getInt("score"), instant(rs, "submitted_at"),
                null);
    }

    private static ParticipationCounts counts(ResultSet rs) throws SQLException {
        return new ParticipationCounts(rs.getLong("registered"), rs.getLong("started"), rs.getLong("submitted"),
                rs.getLong("forced"), rs.getLong("graded"), rs.getLong("cancelled"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
