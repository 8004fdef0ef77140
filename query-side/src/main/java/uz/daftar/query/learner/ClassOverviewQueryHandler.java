package uz.daftar.query.learner;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.dashboard.DailyActivityReader;
import uz.daftar.projections.learner.ClassRow;
import uz.daftar.projections.learner.RosterReader;
import uz.daftar.projections.olympiad.OlympiadReader;
import uz.daftar.projections.practice.MasteryReader;
import uz.daftar.projections.practice.SkillMasteryRow;
import uz.daftar.query.dashboard.DashboardQueryHandler;
import uz.daftar.query.dashboard.StudentDashboardView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the teacher's class overview and the centre's roll-up from the roster, dashboard, daily-activity,
 * mastery and olympiad read models. Weeks and days are those of Asia/Tashkent, the platform's calendar.
 */
@Component
class ClassOverviewQueryHandler {

    static final ZoneId CALENDAR = ZoneId.of("Asia/Tashkent");
    static final int STUCK_AFTER_ANSWERS = 5;

    private final RosterReader roster;
    private final DashboardQueryHandler dashboards;
    private final DailyActivityReader activity;
    private final MasteryReader mastery;
    private final OlympiadReader olympiads;
    private final Clock clock;

    ClassOverviewQueryHandler(RosterReader roster, DashboardQueryHandler dashboards, DailyActivityReader activity,
                              MasteryReader mastery, OlympiadReader olympiads, Clock clock) {
        this.roster = roster;
        this.dashboards = dashboards;
        this.activity = activity;
        this.mastery = mastery;
        this.olympiads = olympiads;
        this.clock = clock;
    }

    @QueryHandler
    Optional<ClassOverviewView> handle(FindClassOverviewQuery query) {
        return roster.findClass(query.classId()).map(this::overview);
    }

    @QueryHandler
    Optional<CentreOverviewView> handle(FindCentreOverviewQuery query) {
        if (!roster.centreKnown(query.centreId())) {
            return Optional.empty();
        }
        Week week = week();
        List<CentreOverviewView.ClassLine> lines = new ArrayList<>();
        List<String> everyone = new ArrayList<>();
        for (ClassRow row : roster.classesOfCentre(query.centreId())) {
            List<String> students = roster.studentsOf(row.classId());
            everyone.addAll(students);
            lines.add(new CentreOverviewView.ClassLine(row.classId(), row.name(), row.teacherId(),
                    totals(students, week)));
        }
        return Optional.of(new CentreOverviewView(query.centreId(), week.today(),
                totals(everyone.stream().distinct().toList(), week), lines));
    }

    private ClassOverviewView overview(ClassRow row) {
        Week week = week();
        List<String> students = roster.studentsOf(row.classId());
        Map<String, DailyActivityReader.Day> thisWeek = activity.totals(students, week.from(), week.to());
        Map<String, DailyActivityReader.Day> today = activity.totals(students, week.todayFrom(), week.to());
        Map<String, List<SkillMasteryRow>> maps = mastery.masteryOf(students);
        List<ClassOverviewView.Student> lines = new ArrayList<>();
        for (String studentId : students) {
            Optional<StudentDashboardView> dashboard = dashboards.dashboardOf(studentId);
            DailyActivityReader.Day week7 = thisWeek.get(studentId);
            lines.add(new ClassOverviewView.Student(studentId, dashboard.map(StudentDashboardView::displayName)
                    .orElse(null), dashboard.map(StudentDashboardView::level).orElse(0),
                    dashboard.map(StudentDashboardView::totalXp).orElse(0L),
                    dashboard.map(StudentDashboardView::currentStreak).orElse(0),
                    dashboard.map(StudentDashboardView::lastActiveAt).orElse(null),
                    week7 == null ? 0 : week7.answers(), week7 == null ? 0 : week7.correct(),
                    week7 == null ? 0 : week7.timeSpentMillis() / 60_000, stuck(maps.get(studentId))));
        }
        List<ClassOverviewView.OlympiadResult> results = olympiads.resultsOf(students).stream()
                .map(r -> new ClassOverviewView.OlympiadResult(r.olympiadId(), r.studentId(), r.status(), r.score(),
                        r.maxScore(), r.rank(), r.prizeCoins())).toList();
        return new ClassOverviewView(row.classId(), row.name(), row.centreId(), row.teacherId(), week.today(),
                students.size(), active(today), active(thisWeek), lines, results);
    }

    private CentreOverviewView.Totals totals(List<String> students, Week week) {
        Map<String, DailyActivityReader.Day> thisWeek = activity.totals(students, week.from(), week.to());
        Map<String, List<SkillMasteryRow>> maps = mastery.masteryOf(students);
        int stuck = (int) students.stream().filter(s -> !stuck(maps.get(s)).isEmpty()).count();
        return new CentreOverviewView.Totals(students.size(), active(thisWeek),
                thisWeek.values().stream().mapToLong(DailyActivityReader.Day::answers).sum(),
                thisWeek.values().stream().mapToLong(DailyActivityReader.Day::timeSpentMillis).sum() / 60_000, stuck);
    }

    /** {@link ClassOverviewView.Stuck#RULE}. */
    static List<ClassOverviewView.Stuck> stuck(List<SkillMasteryRow> skills) {
        if (skills == null) {
            return List.of();
        }
        return skills.stream().filter(s -> s.answers() >= STUCK_AFTER_ANSWERS && "ATTEMPTED".equals(s.level()))
                .map(s -> new ClassOverviewView.Stuck(s.skill(), s.answers(), s.level())).toList();
    }

    private static int active(Map<String, DailyActivityReader.Day> activity) {
        return (int) activity.values().stream().filter(day -> day.answers() > 0).count();
    }

    private Week week() {
        LocalDate today = LocalDate.now(clock.withZone(CALENDAR));
        return new Week(today, today.minusDays(6).atStartOfDay(CALENDAR).toInstant(),
                today.atStartOfDay(CALENDAR).toInstant(), today.plusDays(1).atStartOfDay(CALENDAR).toInstant());
    }

    /** The seven days up to today, today's start, and tomorrow's start (the end of both). */
    private record Week(LocalDate today, Instant from, Instant todayFrom, Instant to) {
    }
}
