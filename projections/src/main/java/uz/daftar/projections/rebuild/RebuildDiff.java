package uz.daftar.projections.rebuild;

import java.util.List;

/**
 * What readers would see change at a cut-over: the live version against the shadow, per student (for the
 * leaderboards each board's value and rank, old and new; for every other read model the rows added, removed and
 * changed per table), and per table. Both sides keep following the store while it is read: the positions say where
 * each stood.
 *
 * @param students   the affected students, at most the limit asked for, in student id order
 * @param truncated  whether there were more affected students than listed
 */
public record RebuildDiff(String rebuildId, String readModel, int liveVersion, int rebuiltVersion,
                          long livePosition, long shadowPosition, Totals totals, List<TableDiff> tables,
                          List<StudentDiff> students, boolean truncated) {

    public record Totals(long studentsAffected, long boardEntriesChanged, long rowsAdded, long rowsRemoved,
                         long rowsChanged) {
    }

    /** Rows keyed by the table's primary key: only in the shadow, only live, in both but different. */
    public record TableDiff(String table, long added, long removed, long changed) {
    }

    public record StudentDiff(String studentId, List<BoardChange> boards, List<TableDiff> rows) {
    }

    /**
     * One board's visible numbers for a student, before and after: null when the student has no entry (or, for
     * the rank, is unlisted) on that side.
     */
    public record BoardChange(String board, Long valueBefore, Long valueAfter, Long rankBefore, Long rankAfter) {
    }
}
