package uz.daftar.query.family;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.dashboard.DailyActivityReader;
import uz.daftar.projections.learner.GuardianshipReader;
import uz.daftar.query.dashboard.DashboardQueryHandler;
import uz.daftar.query.dashboard.StudentDashboardView;
import uz.daftar.query.digest.DigestQueryHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@link FindFamilyQuery}: the parent's linked children, each with the dashboard exactly as the student's
 * own dashboard query shows it, activity per day over the last days up to today in the child's time zone, and the
 * digest of the child's current week as the digest query shows it.
 */
@Component
class FamilyQueryHandler {

    private final GuardianshipReader guardianship;
    private final DashboardQueryHandler dashboards;
    private final DailyActivityReader activity;
    private final DigestQueryHandler digests;
    private final Clock clock;

    FamilyQueryHandler(GuardianshipReader guardianship, DashboardQueryHandler dashboards,
                       DailyActivityReader activity, DigestQueryHandler digests, Clock clock) {
        this.guardianship = guardianship;
        this.dashboards = dashboards;
        this.activity = activity;
        this.digests = digests;
        this.clock = clock;
    }

    @QueryHandler
    FamilyView handle(FindFamilyQuery query) {
        List<FamilyView.Child> children = guardianship.children(query.parentId()).stream().sorted()
                .map(dashboards::dashboardOf).flatMap(Optional::stream)
                .map(dashboard -> child(dashboard, query.days())).toList();
        return new FamilyView(query.parentId(), children);
    }

    private FamilyView.Child child(StudentDashboardView dashboard, int days) {
        ZoneId zone = ZoneId.of(dashboard.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = today.minusDays(days - 1L);
        List<FamilyView.Day> active = activity.days(dashboard.studentId(), zone, first, today).stream()
                .map(day -> new FamilyView.Day(day.day(), day.answers(), day.correct(),
                        day.timeSpentMillis() / 60_000, day.xp())).toList();
        return new FamilyView.Child(dashboard, first, today, active,
                digests.digestOf(dashboard, digests.currentWeek(dashboard)));
    }
}
