package uz.daftar.projections.leaderboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads boards. A rank is 1 + the listed entries ahead: on a large board (global, region) that is a sum over the
 * value counts of {@code lb_count} — the level-1 blocks above the student's block, the values above theirs inside
 * it — plus the entries with exactly the student's value reached earlier; on a class or centre board the entries
 * ahead are counted directly. Neither depends on how many students the board holds.
 */
@Component
public class LeaderboardReader {

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

    /** The student's entry and place with up to {@code neighbours} places on each side. */
    public Standing standing(String board, String studentId, int neighbours) {
        List<Entry> found = jdbc.query("SELECT value, reached_at, listed FROM lb_entry WHERE student_id = ? "
                        + "AND board = ?", (rs, row) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getBoolean(3)), studentId, board);
        long ranked = ranked(board);
        if (found.isEmpty() || !found.get(0).listed()) {
            return new Standing(board, studentId, found.isEmpty() ? null : found.get(0), null, List.of(), List.of(),
                    ranked);
        }
        Entry entry = found.get(0);
        long rank = 1 + ahead(board, studentId, entry);
        Place place = new Place(rank, studentId, entry.value(), entry.reachedAt());
        Timestamp reachedAt = Timestamp.from(entry.reachedAt());
        List<Place> above = new ArrayList<>(jdbc.query("""
                SELECT student_id, value, reached_at FROM lb_entry
                WHERE board = ? AND listed AND (neg_value, reached_at, student_id) < (?, ?, ?)
                ORDER BY neg_value DESC, reached_at DESC, student_id DESC LIMIT ?
                """, places(rank, -1), board, -entry.value(), reachedAt, studentId, neighbours));
        Collections.reverse(above);
        List<Place> below = jdbc.query("""
                SELECT student_id, value, reached_at FROM lb_entry
                WHERE board = ? AND listed AND (neg_value, reached_at, student_id) > (?, ?, ?)
                ORDER BY neg_value, reached_at, student_id LIMIT ?
                """, places(rank, +1), board, -entry.value(), reachedAt, studentId, neighbours);
        return new Standing(board, studentId, entry, place, above, below, ranked);
    }

    /** How many listed entries are ahead of the student's. */
    long ahead(String board, String studentId, Entry entry) {
        Timestamp reachedAt = Timestamp.from(entry.reachedAt());
        Long ahead;
        if (Board.parse(board).large()) {
            long block = Math.floorDiv(entry.value(), LeaderboardWriter.BLOCK);
            ahead = jdbc.queryForObject("""
                    SELECT (SELECT COALESCE(SUM(n), 0) FROM lb_count WHERE board = ? AND level = 1 AND bucket > ?)
                         + (SELECT COALESCE(SUM(n), 0) FROM lb_count WHERE board = ? AND level = 0
                                AND bucket > ? AND bucket < ?)
                         + (SELECT COUNT(*) FROM lb_entry WHERE board = ? AND listed AND neg_value = ?
                                AND (reached_at, student_id) < (?, ?))
                    """, Long.class, board, block, board, entry.value(), (block + 1) * LeaderboardWriter.BLOCK,
                    board, -entry.value(), reachedAt, studentId);
        } else {
            ahead = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM lb_entry
                    WHERE board = ? AND listed AND (neg_value, reached_at, student_id) < (?, ?, ?)
                    """, Long.class, board, -entry.value(), reachedAt, studentId);
        }
        return ahead == null ? 0 : ahead;
    }

    /** Places numbered outward from {@code rank}: {@code step} -1 above (nearest first), +1 below. */
    private static RowMapper<Place> places(long rank, int step) {
        return (rs, row) -> new Place(rank + step * (row + 1L), rs.getString(1), rs.getLong(2),
                rs.getTimestamp(3).toInstant());
    }
}
