package uz.daftar.query.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One class as its teacher sees it, for the week ending {@code today} (the seven days up to today in
 * Asia/Tashkent): how many students were active today and this week, each student's progress, practice this week
 * and the skills they are stuck on ({@link Stuck#RULE}), and every olympiad result of the class's students.
 */
public record ClassOverviewView(String classId,
                                String name,
                                String centreId,
                                String teacherId,
                                LocalDate today,
                                int students,
                                int activeToday,
                                int activeThisWeek,
                                List<Student> roster,
                                List<OlympiadResult> olympiads) {

    /** One student: display name, level, XP, streak, last activity, this week's practice, stuck skills. */
    public record Student(String studentId, String displayName, int level, long totalXp, int currentStreak,
                          Instant lastActiveAt, long answersThisWeek, long correctThisWeek, long minutesThisWeek,
                          List<Stuck> stuckSkills) {
    }

    /** A skill the student keeps practising without getting familiar with it. */
    public record Stuck(String skill, long answers, String level) {

        public static final String RULE = "stuck: at least 5 answers on the skill and still only ATTEMPTED";
    }

    /** One student's result in one olympiad; rank and prize once the standings are frozen. */
    public record OlympiadResult(String olympiadId, String studentId, String status, Integer score, Integer maxScore,
                                 Integer rank, Long prizeCoins) {
    }
}
