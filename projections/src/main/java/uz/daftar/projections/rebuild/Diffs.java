package uz.daftar.projections.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.rebuild.RebuildDiff.BoardChange;
import uz.daftar.projections.rebuild.RebuildDiff.TableDiff;
import uz.daftar.projections.rebuild.RebuildDiff.Totals;
import uz.daftar.projections.rebuild.StudentDiffs.BoardRow;
import uz.daftar.projections.rebuild.StudentDiffs.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares a read model's live tables with a shadow's, in PostgreSQL. Every table by its primary key; the
 * leaderboards also by what a reader sees, each board entry's value and place (places are the order of
 * docs/decisions/0007 among listed entries, computed here by a window over both sides: a report for an analyst, one
 * pass over the tables, not a query for every page view).
 */
final class Diffs {

    private static final String ENTRY = "lb_entry";

    private final JdbcTemplate jdbc;
    private final ShadowSchemas schemas;

    Diffs(JdbcTemplate jdbc, ShadowSchemas schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    record Found(Totals totals, List<TableDiff> tables, StudentDiffs students, boolean truncated) {
    }

    Found between(ReadModels model, String shadow, int limit) {
        List<TableDiff> tables = new ArrayList<>();
        StudentDiffs students = new StudentDiffs();
        long added = 0;
        long removed = 0;
        long changed = 0;
        Set<String> affected = new TreeSet<>();
        for (String table : model.tables()) {
            List<String> key = schemas.primaryKey("public", table);
            String join = key.stream().map(column -> "l." + column + " = s." + column)
                    .collect(Collectors.joining(" AND "));
            String from = " FROM public." + table + " l FULL JOIN " + shadow + "." + table + " s ON " + join
                    + " WHERE l." + key.get(0) + " IS NULL OR s." + key.get(0) + " IS NULL OR l::text <> s::text";
            String counts = "count(*) FILTER (WHERE l." + key.get(0) + " IS NULL), count(*) FILTER (WHERE s."
                    + key.get(0) + " IS NULL), count(*) FILTER (WHERE l." + key.get(0) + " IS NOT NULL AND s."
                    + key.get(0) + " IS NOT NULL)";
            TableDiff diff = jdbc.queryForObject("SELECT " + counts + from, (rs, row) -> new TableDiff(table,
                    rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            tables.add(diff);
            added += diff.added();
            removed += diff.removed();
            changed += diff.changed();
            if (hasStudentColumn(table) && !table.equals(ENTRY)) {
                jdbc.query("SELECT coalesce(l.student_id, s.student_id), " + counts + from + " GROUP BY 1",
                        rs -> {
                            String studentId = rs.getString(1);
                            affected.add(studentId);
                            students.add(new TableRow(studentId, new TableDiff(table, rs.getLong(2),
                                    rs.getLong(3), rs.getLong(4))));
                        });
            }
        }
        long boardEntries = 0;
        if (model.tables().contains(ENTRY)) {
            boardEntries = boardChanges(shadow, limit, students, affected);
        }
        boolean truncated = affected.size() > limit;
        return new Found(new Totals(affected.size(), boardEntries, added, removed, changed), tables, students,
                truncated);
    }

    /** Each board entry whose value or place differs; the affected students are noted, the first few listed. */
    private long boardChanges(String shadow, int limit, StudentDiffs students, Set<String> affected) {
        String changes = """
                WITH l AS (SELECT student_id, board, value,
                             CASE WHEN listed THEN row_number() OVER (PARTITION BY board, listed
                                 ORDER BY neg_value, reached_at, student_id) END AS place FROM public.lb_entry),
                     s AS (SELECT student_id, board, value,
                             CASE WHEN listed THEN row_number() OVER (PARTITION BY board, listed
                                 ORDER BY neg_value, reached_at, student_id) END AS place FROM %s.lb_entry)
                SELECT coalesce(l.student_id, s.student_id) AS student_id, coalesce(l.board, s.board) AS board,
                       l.value AS value_before, s.value AS value_after, l.place AS place_before, s.place AS place_after
                FROM l FULL JOIN s ON l.student_id = s.student_id AND l.board = s.board
                WHERE l.value IS DISTINCT FROM s.value OR l.place IS DISTINCT FROM s.place
                """.formatted(ShadowSchemas.checked(shadow));
        long[] entries = {0};
        jdbc.query(changes, rs -> {
            entries[0]++;
            String studentId = rs.getString("student_id");
            affected.add(studentId);
            if (entries[0] <= 100_000) {
                students.add(new BoardRow(studentId, new BoardChange(rs.getString("board"),
                        (Long) rs.getObject("value_before"), (Long) rs.getObject("value_after"),
                        (Long) rs.getObject("place_before"), (Long) rs.getObject("place_after"))));
            }
        });
        return entries[0];
    }

    private boolean hasStudentColumn(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM information_schema.columns
                               WHERE table_schema = 'public' AND table_name = ? AND column_name = 'student_id')
                """, Boolean.class, table));
    }
}
