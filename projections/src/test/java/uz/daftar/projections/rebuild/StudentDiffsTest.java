package uz.daftar.projections.rebuild;

import org.junit.jupiter.api.Test;
import uz.daftar.projections.rebuild.RebuildDiff.BoardChange;
import uz.daftar.projections.rebuild.RebuildDiff.StudentDiff;
import uz.daftar.projections.rebuild.RebuildDiff.TableDiff;
import uz.daftar.projections.rebuild.StudentDiffs.BoardRow;
import uz.daftar.projections.rebuild.StudentDiffs.TableRow;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StudentDiffsTest {

    @Test
    void eachStudentGetsTheirBoardsAndTablesInOrder() {
        // given
        StudentDiffs diffs = new StudentDiffs();
        diffs.add(new BoardRow("s2", new BoardChange("xp/global/all", 10L, 20L, 2L, 1L)));
        diffs.add(new BoardRow("s1", new BoardChange("xp/global/all", 30L, 30L, 1L, 2L)));
        diffs.add(new BoardRow("s2", new BoardChange("xp/class:c1/all", 10L, 20L, 2L, 1L)));
        diffs.add(new TableRow("s3", new TableDiff("lb_game_session", 1, 0, 0)));

        // when
        List<StudentDiff> students = diffs.first(10);

        // then
        assertThat(students).extracting(StudentDiff::studentId).containsExactly("s1", "s2", "s3");
        assertThat(students.get(1).boards()).extracting(BoardChange::board)
                .containsExactly("xp/class:c1/all", "xp/global/all");
        assertThat(students.get(2).rows()).containsExactly(new TableDiff("lb_game_session", 1, 0, 0));
    }

    @Test
    void aTableWithoutDifferencesForAStudentIsNoChange() {
        StudentDiffs diffs = new StudentDiffs();
        diffs.add(new TableRow("s1", new TableDiff("lb_enrolment", 0, 0, 0)));

        assertThat(diffs.first(10)).isEmpty();
    }

    @Test
    void onlyTheFirstStudentsAreListed() {
        StudentDiffs diffs = new StudentDiffs();
        for (String id : List.of("s4", "s1", "s3", "s2")) {
            diffs.add(new BoardRow(id, new BoardChange("xp/global/all", null, 5L, null, 1L)));
        }

        assertThat(diffs.first(2)).extracting(StudentDiff::studentId).containsExactly("s1", "s2");
    }
}
