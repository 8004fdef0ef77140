package uz.daftar.query.family;

import uz.daftar.query.dashboard.StudentDashboardView;
import uz.daftar.query.digest.WeeklyDigestView;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of data for a parent: every linked child, in id order, with the child's dashboard (XP, level, streak,
 * coins, mastery by skill, badges), activity per day and this week's digest.
 */
public record FamilyView(String parentId, List<Child> children) {

    /**
     * One child: the dashboard, the days from {@code from} to {@code to} (today) in the child's own calendar (days
     * without activity are left out) and the digest of the child's current week.
     */
    public record Child(StudentDashboardView dashboard, LocalDate from, LocalDate to, List<Day> days,
                        WeeklyDigestView digest) {
    }

    /** One day of practice in the child's calendar: answers, correct answers, minutes spent answering, XP earned. */
    public record Day(LocalDate day, long answers, long correctAnswers, long minutes, long xp) {
    }
}
