package uz.daftar.query.timeline;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.timeline.Contribution;
import uz.daftar.projections.timeline.TimelineEntry;
import uz.daftar.projections.timeline.TimelineFigure;
import uz.daftar.projections.timeline.TimelineReader;
import uz.daftar.query.dashboard.DashboardFigure;
import uz.daftar.query.dashboard.DashboardQueryHandler;
import uz.daftar.query.dashboard.StudentDashboardView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers {@link FindExplanationQuery} from the timeline: figures that add up (answers, XP, coins, badges...) by
 * their contributions, a page at a time; the level by its steps; streaks by the days that count. A student without
 * a dashboard has nothing to explain.
 */
@Component
class ExplanationQueryHandler {

    private final DashboardQueryHandler dashboards;
    private final TimelineReader timeline;
    private final Clock clock;

    ExplanationQueryHandler(DashboardQueryHandler dashboards, TimelineReader timeline, Clock clock) {
        this.dashboards = dashboards;
        this.timeline = timeline;
        this.clock = clock;
    }

    @QueryHandler
    Optional<ExplanationView> handle(FindExplanationQuery query) {
        return dashboards.dashboardOf(query.studentId()).map(dashboard -> explain(dashboard, query));
    }

    private ExplanationView explain(StudentDashboardView dashboard, FindExplanationQuery query) {
        FigureRule rule = FigureRule.of(query.figure());
        return switch (query.figure()) {
            case LEVEL -> whole(dashboard, query.figure(), rule, timeline.levelSteps(dashboard.studentId()).stream()
                    .map(step -> entry(step.entry(), step.amount(), null)).toList());
            case CURRENT_STREAK -> whole(dashboard, query.figure(), rule, days(streaks(dashboard)
                    .current(LocalDate.now(clock.withZone(ZoneId.of(dashboard.timeZone()))))));
            case BEST_STREAK -> whole(dashboard, query.figure(), rule, days(streaks(dashboard).best()));
            default -> summed(dashboard, query, rule);
        };
    }

    /** A figure whose entries are few (levels, streak days): all of them, on one page. */
    private static ExplanationView whole(StudentDashboardView dashboard, DashboardFigure figure, FigureRule rule,
                                         List<ExplanationView.Entry> entries) {
        long total = entries.stream().mapToLong(ExplanationView.Entry::amount).sum();
        List<String> versions = entries.stream().map(ExplanationView.Entry::ruleVersion).filter(Objects::nonNull)
                .distinct().sorted().toList();
        return new ExplanationView(dashboard.studentId(), figure.field(), figure.valueOn(dashboard), total,
                rule.unit(), rule.text(), versions, entries.size(), entries, null);
    }

    /** A figure that adds up from many entries: the total and count over all of them, and one page of them. */
    private ExplanationView summed(StudentDashboardView dashboard, FindExplanationQuery query, FigureRule rule) {
        String studentId = dashboard.studentId();
        TimelineFigure figure = rule.adds();
        List<Contribution> found = timeline.contributions(studentId, figure, query.before(), query.limit() + 1);
        List<Contribution> page = found.subList(0, Math.min(query.limit(), found.size()));
        String next = found.size() > query.limit() ? Cursor.of(page.get(page.size() - 1).entry().key()) : null;
        return new ExplanationView(studentId, query.figure().field(), query.figure().valueOn(dashboard),
                timeline.total(studentId, figure), rule.unit(), rule.text(), timeline.ruleVersions(studentId, figure),
                timeline.contributors(studentId, figure),
                page.stream().map(c -> entry(c.entry(), c.amount(), null)).toList(), next);
    }

    private StreakRuns streaks(StudentDashboardView dashboard) {
        return StreakRuns.of(timeline.all(dashboard.studentId(), StreakRuns.KINDS));
    }

    private static List<ExplanationView.Entry> days(List<StreakRuns.Day> days) {
        return days.stream().map(day -> entry(day.entry(), 1, day.day())).toList();
    }

    private static ExplanationView.Entry entry(TimelineEntry entry, long amount, LocalDate day) {
        return new ExplanationView.Entry(entry.eventId(), entry.occurredAt(), entry.kind(), amount,
                entry.description(), entry.ruleVersion(), entry.sourceId(), day);
    }
}
