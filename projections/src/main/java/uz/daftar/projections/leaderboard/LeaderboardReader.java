package uz.daftar.projections.leaderboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads boards. A rank is 1 + the listed entries ahead: on a large board (global, region) that is a sum over the
 * value counts of {@code lb_count} — the level-1 blocks above the student's block, the values above theirs inside
 * it — plus the entries with exactly the student's value reached earlier; on a class or centre board the entries
 * ahead are counted directly. Neither depends on how many students the board holds.
 */
@Component
public class LeaderboardReader {

    /**
     * On a large board: the blocks above the student's block, the values above theirs inside it, then among equal
     * values those reached on earlier days, in earlier hours of the same day, and earlier within the same hour;
     * the size is the sum of the blocks.
     */
    private static final String LARGE_PLACE = """
            WITH me AS (
                SELECT value, reached_at, listed, neg_value, student_id, value / %1$d AS block,
                    floor(extract(epoch FROM reached_at) / 86400)::bigint AS day,
                    floor(extract(epoch FROM reached_at) / 3600)::bigint AS hour
                FROM lb_entry WHERE student_id = ? AND board = ?)
            SELECT me.value, me.reached_at, me.listed,
                (SELECT COALESCE(SUM(n), 0) FROM lb_count WHERE board = ? AND level = 1) AS ranked,
                (SELECT COALESCE(SUM(n), 0) FROM lb_count c
                    WHERE c.board = ? AND c.level = 1 AND c.bucket > me.block)
              + (SELECT COALESCE(SUM(n), 0) FROM lb_count c
                    WHERE c.board = ? AND c.level = 0 AND c.bucket > me.value AND c.bucket < (me.block + 1) * %1$d)
              + (SELECT COALESCE(SUM(n), 0) FROM lb_count c
                    WHERE c.board = ? AND c.level = 2 AND c.bucket >= me.value * %2$d
                      AND c.bucket < me.value * %2$d + me.day)
              + (SELECT COALESCE(SUM(n), 0) FROM lb_count c
                    WHERE c.board = ? AND c.level = 3 AND c.bucket >= me.value * %3$d + me.day * 24
                      AND c.bucket < me.value * %3$d + me.hour)
              + (SELECT COUNT(*) FROM lb_entry e
                    WHERE e.board = ? AND e.listed AND e.neg_value = me.neg_value
                      AND e.reached_at >= to_timestamp(me.hour * 3600)
                      AND (e.reached_at, e.student_id) < (me.reached_at, me.student_id)) AS ahead
            FROM me
            """.formatted(LeaderboardWriter.BLOCK, LeaderboardWriter.DAYS, LeaderboardWriter.HOURS);

    /** On a class or centre board: everyone ahead, counted. */
    private static final String SMALL_PLACE = """
            SELECT me.value, me.reached_at, me.listed,
                (SELECT COUNT(*) FROM lb_entry WHERE board = ? AND listed) AS ranked,
                (SELECT COUNT(*) FROM lb_entry e
                    WHERE e.board = ? AND e.listed
                      AND (e.neg_value, e.reached_at, e.student_id) < (me.neg_value, me.reached_at, me.student_id))
                    AS ahead
            FROM lb_entry me WHERE me.student_id = ? AND me.board = ?
            """;

    private static final String NEIGHBOURS = """
            (SELECT student_id, value, reached_at, -1 AS side FROM lb_entry
             WHERE board = ? AND listed AND (neg_value, reached_at, student_id) < (?, ?, ?)
             ORDER BY neg_value DESC, reached_at DESC, student_id DESC LIMIT ?)
            UNION ALL
            (SELECT student_id, value, reached_at, 1 AS side FROM lb_entry
             WHERE board = ? AND listed AND (neg_value, reached_at, student_id) > (?, ?, ?)
             ORDER BY neg_value, reached_at, student_id LIMIT ?)
            """;

    /**
     * A board as it stood at a moment: each student's newest version valid from then or earlier, then the same order
     * and the same counting as {@link #SMALL_PLACE}, over those versions.
     */
    private static final String PLACE_AT = """
            WITH board_then AS (
                SELECT DISTINCT ON (student_id) student_id, value, reached_at, listed FROM lb_entry_history
                WHERE board = ? AND valid_from <= ? ORDER BY student_id, valid_from DESC),
            ranked_then AS (SELECT * FROM board_then WHERE value IS NOT NULL AND listed),
            me AS (SELECT * FROM board_then WHERE student_id = ? AND value IS NOT NULL)
            SELECT me.value, me.reached_at, me.listed,
                (SELECT COUNT(*) FROM ranked_then) AS ranked,
                (SELECT COUNT(*) FROM ranked_then e
                    WHERE (-e.value, e.reached_at, e.student_id) < (-me.value, me.reached_at, me.student_id)) AS ahead
            FROM (SELECT 1) one LEFT JOIN me ON TRUE
            """;

    private final JdbcTemplate jdbc;

    public LeaderboardReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first {@code limit} places. */
    public List<Place> top(String board, int limit) {
        List<Place> places = new ArrayList<>();
        jdbc.query("""
                SELECT student_id, value, reached_at FROM lb_entry WHERE board = ? AND listed
                ORDER BY neg_value, reached_at, student_id LIMIT ?
                """, rs -> {
            places.add(new Place(places.size() + 1, rs.getString(1), rs.getLong(2),
                    rs.getTimestamp(3).toInstant()));
        }, board, limit);
        return places;
    }

    /** How many students are listed on the board. */
    public long ranked(String board) {
        Long ranked = Board.parse(board).large()
                ? jdbc.queryForObject("SELECT COALESCE(SUM(n), 0) FROM lb_count WHERE board = ? AND level = 1",
                Long.class, board)
                : jdbc.queryForObject("SELECT COUNT(*) FROM lb_entry WHERE board = ? AND listed", Long.class, board);
        return ranked == null ? 0 : ranked;
    }

    /**
     * The student's entry and place with up to {@code neighbours} places on each side, in two statements: the entry
     * with its rank and the board's size, then the neighbours.
     */
    public Standing standing(String board, String studentId, int neighbours) {
        boolean large = Board.parse(board).large();
        List<Standing> found = jdbc.query(large ? LARGE_PLACE : SMALL_PLACE, (rs, row) -> {
            Entry entry = new Entry(rs.getLong("value"), rs.getTimestamp("reached_at").toInstant(),
                    rs.getBoolean("listed"));
            Place place = entry.listed()
                    ? new Place(1 + rs.getLong("ahead"), studentId, entry.value(), entry.reachedAt()) : null;
            return new Standing(board, studentId, entry, place, List.of(), List.of(), rs.getLong("ranked"));
        }, large ? new Object[]{studentId, board, board, board, board, board, board, board}
                : new Object[]{board, board, studentId, board});
        if (found.isEmpty()) {
            return new Standing(board, studentId, null, null, List.of(), List.of(), ranked(board));
        }
        Standing standing = found.get(0);
        if (standing.place() == null || neighbours == 0) {
            return standing;
        }
        Place place = standing.place();
        Timestamp reachedAt = Timestamp.from(place.reachedAt());
        List<Place> above = new ArrayList<>();
        List<Place> below = new ArrayList<>();
        jdbc.query(NEIGHBOURS, rs -> {
            boolean isAbove = rs.getInt("side") < 0;
            (isAbove ? above : below).add(new Place(0, rs.getString("student_id"), rs.getLong("value"),
                    rs.getTimestamp("reached_at").toInstant()));
        }, board, -place.value(), reachedAt, studentId, neighbours,
                board, -place.value(), reachedAt, studentId, neighbours);
        Comparator<Place> order = Comparator.comparing(Place::value).reversed().thenComparing(Place::reachedAt)
                .thenComparing(Place::studentId);
        above.sort(order);
        below.sort(order);
        return new Standing(board, studentId, standing.entry(), place, numbered(above, place.rank() - above.size()),
                numbered(below, place.rank() + 1), standing.ranked());
    }

    /**
     * The student's entry and place as they stood at {@code at}, from the entries' history: what {@link #standing}
     * answered (without neighbours) once every event recorded up to {@code at} had been projected.
     */
    public Standing standingAt(String board, String studentId, Instant at) {
        return jdbc.queryForObject(PLACE_AT, (rs, row) -> {
            long ranked = rs.getLong("ranked");
            Timestamp reachedAt = rs.getTimestamp("reached_at");
            if (reachedAt == null) {
                return new Standing(board, studentId, null, null, List.of(), List.of(), ranked);
            }
            Entry entry = new Entry(rs.getLong("value"), reachedAt.toInstant(), rs.getBoolean("listed"));
            Place place = entry.listed()
                    ? new Place(1 + rs.getLong("ahead"), studentId, entry.value(), entry.reachedAt()) : null;
            return new Standing(board, studentId, entry, place, List.of(), List.of(), ranked);
        }, board, Timestamp.from(at), studentId);
    }

    /** The places in board order, numbered from {@code first}. */
    private static List<Place> numbered(List<Place> places, long first) {
        List<Place> numbered = new ArrayList<>();
        for (Place place : places) {
            numbered.add(new Place(first + numbered.size(), place.studentId(), place.value(), place.reachedAt()));
        }
        return numbered;
    }
}
