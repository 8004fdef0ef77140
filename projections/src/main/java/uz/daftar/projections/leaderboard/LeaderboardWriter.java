package uz.daftar.projections.leaderboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one writer of {@code lb_entry}, {@code lb_count} and {@code lb_entry_history}: writes entries as they end up
 * after a batch of changes, moves the counts of large boards by the net difference and appends every version of an
 * entry to its history, in a few batched statements. Used by
 * {@link LeaderboardProjection} once per unit of work and by bulk loaders.
 */
@Component
public class LeaderboardWriter {

    /** Values per level-1 bucket of {@code lb_count}. */
    static final int BLOCK = 1024;
    /**
     * Levels 2 and 3 count equal values by the UTC day and hour they were reached: bucket
     * {@code value × 2^20 + epoch day} and {@code value × 2^25 + epoch hour}, so a tie group is summed by day and
     * hour rather than counted (values up to 2^38 fit).
     */
    static final long DAYS = 1L << 20;
    static final long HOURS = 1L << 25;

    private final JdbcTemplate jdbc;

    public LeaderboardWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries of {@code studentId} on {@code boards} as stored. */
    Map<String, Entry> load(String studentId, Collection<String> boards) {
        Map<String, Entry> found = new HashMap<>();
        jdbc.query("SELECT board, value, reached_at, listed FROM lb_entry WHERE student_id = ? AND board = ANY (?)",
                rs -> {
                    found.put(rs.getString(1), new Entry(rs.getLong(2), rs.getTimestamp(3).toInstant(),
                            rs.getBoolean(4)));
                }, studentId, boards.toArray(String[]::new));
        return found;
    }

    /** Every entry of {@code studentId}, by board. */
    Map<String, Entry> loadAll(String studentId) {
        Map<String, Entry> found = new HashMap<>();
        jdbc.query("SELECT board, value, reached_at, listed FROM lb_entry WHERE student_id = ?",
                rs -> {
                    found.put(rs.getString(1), new Entry(rs.getLong(2), rs.getTimestamp(3).toInstant(),
                            rs.getBoolean(4)));
                }, studentId);
        return found;
    }

    /**
     * Stores every change; counts move by the net difference per board and bucket; each version is appended to the
     * entry's history in the order given. A version is valid from its time, or from the entry's newest version if
     * that is later (an event recorded out of order never reaches into the past of its entry).
     */
    public void write(Collection<EntryChange> changes, List<EntryVersion> versions) {
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        Map<CountKey, Long> counts = new TreeMap<>();
        for (EntryChange change : changes) {
            if (change.after() == null) {
                deletes.add(new Object[]{change.studentId(), change.board()});
            } else {
                Entry after = change.after();
                upserts.add(new Object[]{change.studentId(), change.board(), after.value(),
                        Timestamp.from(after.reachedAt()), after.listed()});
            }
            if (Board.isLarge(Board.parse(change.board()).scope())) {
                count(counts, change.board(), change.before(), -1);
                count(counts, change.board(), change.after(), +1);
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO lb_entry (student_id, board, value, reached_at, listed) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (student_id, board) DO UPDATE SET value = EXCLUDED.value,
                    reached_at = EXCLUDED.reached_at, listed = EXCLUDED.listed
                """, upserts);
        jdbc.batchUpdate("DELETE FROM lb_entry WHERE student_id = ? AND board = ?", deletes);
        List<Object[]> moves = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        counts.forEach((key, delta) -> {
            if (delta != 0) {
                moves.add(new Object[]{key.board(), key.level(), key.bucket(), delta});
            }
            if (delta < 0) {
                emptied.add(new Object[]{key.board(), key.level(), key.bucket()});
            }
        });
        jdbc.batchUpdate("""
                INSERT INTO lb_count AS c (board, level, bucket, n) VALUES (?, ?, ?, ?)
                ON CONFLICT (board, level, bucket) DO UPDATE SET n = c.n + EXCLUDED.n
                """, moves);
        jdbc.batchUpdate("DELETE FROM lb_count WHERE board = ? AND level = ? AND bucket = ? AND n = 0", emptied);
        List<Object[]> history = new ArrayList<>();
        for (EntryVersion version : versions) {
            Entry entry = version.entry();
            Timestamp validFrom = Timestamp.from(version.validFrom());
            history.add(new Object[]{version.board(), version.studentId(), validFrom, validFrom,
                    entry == null ? null : entry.value(),
                    entry == null ? null : Timestamp.from(entry.reachedAt()), entry != null && entry.listed(),
                    version.board(), version.studentId()});
        }
        jdbc.batchUpdate("""
                INSERT INTO lb_entry_history (board, student_id, valid_from, value, reached_at, listed)
                SELECT ?, ?, GREATEST(CAST(? AS TIMESTAMPTZ), COALESCE(MAX(valid_from), CAST(? AS TIMESTAMPTZ))),
                    CAST(? AS BIGINT), CAST(? AS TIMESTAMPTZ), ?
                FROM lb_entry_history WHERE board = ? AND student_id = ?
                ON CONFLICT (board, student_id, valid_from) DO UPDATE SET value = EXCLUDED.value,
                    reached_at = EXCLUDED.reached_at, listed = EXCLUDED.listed
                """, history);
    }

    private static void count(Map<CountKey, Long> counts, String board, Entry entry, long delta) {
        if (entry == null || !entry.listed()) {
            return;
        }
        long second = entry.reachedAt().getEpochSecond();
        counts.merge(new CountKey(board, 0, entry.value()), delta, Long::sum);
        counts.merge(new CountKey(board, 1, Math.floorDiv(entry.value(), BLOCK)), delta, Long::sum);
        counts.merge(new CountKey(board, 2, entry.value() * DAYS + Math.floorDiv(second, 86_400)), delta, Long::sum);
        counts.merge(new CountKey(board, 3, entry.value() * HOURS + Math.floorDiv(second, 3_600)), delta, Long::sum);
    }

    /** Sorted, so concurrent writers take row locks in one order. */
    private record CountKey(String board, int level, long bucket) implements Comparable<CountKey> {

        @Override
        public int compareTo(CountKey other) {
            int byBoard = board.compareTo(other.board);
            if (byBoard != 0) {
                return byBoard;
            }
            return level != other.level ? Integer.compare(level, other.level) : Long.compare(bucket, other.bucket);
        }
    }
}
