package uz.daftar.projections.rebuild;

import uz.daftar.projections.rebuild.RebuildDiff.BoardChange;
import uz.daftar.projections.rebuild.RebuildDiff.StudentDiff;
import uz.daftar.projections.rebuild.RebuildDiff.TableDiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Gathers the changed board entries and per-table row counts found for each student into one diff per student. */
final class StudentDiffs {

    /** A student's changed entry on one board. */
    record BoardRow(String studentId, BoardChange change) {
    }

    /** A student's rows of one table that differ. */
    record TableRow(String studentId, TableDiff diff) {
    }

    private final Map<String, List<BoardChange>> boards = new TreeMap<>();
    private final Map<String, List<TableDiff>> rows = new TreeMap<>();

    void add(BoardRow row) {
        boards.computeIfAbsent(row.studentId(), id -> new ArrayList<>()).add(row.change());
    }

    void add(TableRow row) {
        if (row.diff().added() + row.diff().removed() + row.diff().changed() > 0) {
            rows.computeIfAbsent(row.studentId(), id -> new ArrayList<>()).add(row.diff());
        }
    }

    /** Every student with a change, in id order, boards in board order, at most {@code limit}. */
    List<StudentDiff> first(int limit) {
        TreeMap<String, StudentDiff> students = new TreeMap<>();
        for (String studentId : union()) {
            List<BoardChange> changes = new ArrayList<>(boards.getOrDefault(studentId, List.of()));
            changes.sort(Comparator.comparing(BoardChange::board));
            List<TableDiff> tables = new ArrayList<>(rows.getOrDefault(studentId, List.of()));
            tables.sort(Comparator.comparing(TableDiff::table));
            students.put(studentId, new StudentDiff(studentId, changes, tables));
            if (students.size() == limit) {
                break;
            }
        }
        return List.copyOf(students.values());
    }

    private SortedSet<String> union() {
        SortedSet<String> all = new TreeSet<>(boards.keySet());
        all.addAll(rows.keySet());
        return all;
    }
}
