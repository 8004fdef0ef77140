package uz.daftar.query.learner;

import java.time.LocalDate;
import java.util.List;

/**
 * A learning centre rolled up across its classes for the week ending {@code today} (Asia/Tashkent): per class and in
 * total, students, students active this week, answers and minutes this week, and students stuck on a skill.
 */
public record CentreOverviewView(String centreId, LocalDate today, Totals total, List<ClassLine> classes) {

    /** One class's line of the roll-up. */
    public record ClassLine(String classId, String name, String teacherId, Totals totals) {
    }

    /** Counts for a class or the whole centre. */
    public record Totals(int students, int activeThisWeek, long answersThisWeek, long minutesThisWeek,
                         int studentsStuck) {
    }
}
