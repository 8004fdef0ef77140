package uz.daftar.query.digest;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.events.practice.MasteryLevel;
import uz.daftar.projections.dashboard.DailyActivityReader;
import uz.daftar.projections.progress.BadgeNames;
import uz.daftar.projections.timeline.SkillChange;
import uz.daftar.projections.timeline.TimelineFigure;
import uz.daftar.projections.timeline.TimelineFilter;
import uz.daftar.projections.timeline.TimelineReader;
import uz.daftar.query.dashboard.DashboardQueryHandler;
import uz.daftar.query.dashboard.StudentDashboardView;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@link FindWeeklyDigestQuery} from read models only, so a replay gives the same digest: practice per day
 * ({@code activity_quarter}), badges, mastery and coins from the timeline, the streak from the dashboard.
 */
@Component
public class DigestQueryHandler {

    private static final int MOST_BADGES_A_WEEK = 100;

    private final DashboardQueryHandler dashboards;
    private final DailyActivityReader activity;
    private final TimelineReader timeline;
    private final Clock clock;

    DigestQueryHandler(DashboardQueryHandler dashboards, DailyActivityReader activity, TimelineReader timeline,
                       Clock clock) {
        this.dashboards = dashboards;
        this.activity = activity;
        this.timeline = timeline;
        this.clock = clock;
    }

    @QueryHandler
    Optional<WeeklyDigestView> handle(FindWeeklyDigestQuery query) {
        return dashboards.dashboardOf(query.studentId()).map(dashboard -> digestOf(dashboard,
                query.week() == null ? currentWeek(dashboard) : query.week()));
    }

    /** The week it is now in the student's time zone. */
    public IsoWeek currentWeek(StudentDashboardView dashboard) {
        return IsoWeek.containing(clock.instant(), ZoneId.of(dashboard.timeZone()));
    }

    public WeeklyDigestView digestOf(StudentDashboardView dashboard, IsoWeek week) {
        ZoneId zone = ZoneId.of(dashboard.timeZone());
        String studentId = dashboard.studentId();
        List<DailyActivityReader.Day> days = activity.days(studentId, zone, week.previous().monday(), week.sunday());
        Instant start = week.start(zone);
        Instant end = week.end(zone);
        Map<String, Long> coins = timeline.totalsByKind(studentId, TimelineFigure.COINS, start, end);
        Map<String, Long> held = timeline.totalsByKind(studentId, TimelineFigure.COINS_HELD, start, end);
        DigestFacts facts = new DigestFacts(weekOf(days, week), weekOf(days, week.previous()),
                badges(studentId, start, end), skillsImproved(studentId, start, end), dashboard.currentStreak(),
                coins.getOrDefault("CoinsAwarded", 0L) + coins.getOrDefault("PrizeAwarded", 0L),
                -coins.getOrDefault("CoinsSpent", 0L) - held.getOrDefault("HoldCaptured", 0L));
        return new WeeklyDigestView(studentId, week.toString(), week.monday(), week.sunday(), zone.getId(), facts,
                DigestRule.V1, DigestRule.sentences(facts));
    }

    private static DigestFacts.Week weekOf(List<DailyActivityReader.Day> days, IsoWeek week) {
        List<DailyActivityReader.Day> inWeek = days.stream().filter(day -> !day.day().isBefore(week.monday())
                && !day.day().isAfter(week.sunday())).toList();
        return new DigestFacts.Week(inWeek.stream().mapToLong(DailyActivityReader.Day::xp).sum(),
                inWeek.stream().mapToLong(DailyActivityReader.Day::answers).sum(),
                inWeek.stream().mapToLong(DailyActivityReader.Day::correct).sum(),
                inWeek.stream().mapToLong(DailyActivityReader.Day::timeSpentMillis).sum() / 60_000,
                (int) inWeek.stream().map(DailyActivityReader.Day::day).distinct().count());
    }

    private List<DigestFacts.Badge> badges(String studentId, Instant start, Instant end) {
        return timeline.entries(studentId, new TimelineFilter(start, end, Set.of("BadgeEarned")), null,
                        MOST_BADGES_A_WEEK).stream()
                .map(entry -> {
                    String badgeId = String.valueOf(entry.figures().get("badge"));
                    return new DigestFacts.Badge(badgeId, BadgeNames.of(badgeId), entry.occurredAt(), entry.eventId());
                })
                .sorted(Comparator.comparing(DigestFacts.Badge::earnedAt).thenComparing(DigestFacts.Badge::badgeId))
                .toList();
    }

    private List<DigestFacts.SkillRise> skillsImproved(String studentId, Instant start, Instant end) {
        return timeline.skillChanges(studentId, start, end).stream().filter(DigestQueryHandler::rose)
                .map(change -> new DigestFacts.SkillRise(change.skill(), change.from(), change.to())).toList();
    }

    private static boolean rose(SkillChange change) {
        int from = change.from() == null ? -1 : MasteryLevel.valueOf(change.from()).ordinal();
        return MasteryLevel.valueOf(change.to()).ordinal() > from;
    }
}
