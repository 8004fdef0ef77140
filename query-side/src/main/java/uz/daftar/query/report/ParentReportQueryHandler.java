package uz.daftar.query.report;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import com.fasterxml.jackson.databind.JsonNode;
import uz.daftar.platform.trust.ChainAnchors;
import uz.daftar.projections.ai.ArtefactReader;
import uz.daftar.query.ai.GeneratedOutput;
import uz.daftar.projections.coins.LedgerEntryRow;
import uz.daftar.projections.coins.LedgerReader;
import uz.daftar.projections.dashboard.DailyActivityReader;
import uz.daftar.projections.olympiad.OlympiadReader;
import uz.daftar.projections.olympiad.OlympiadRow;
import uz.daftar.projections.progress.BadgeNames;
import uz.daftar.projections.progress.BadgeReader;
import uz.daftar.projections.progress.BadgeRow;
import uz.daftar.projections.timeline.TimelineEntry;
import uz.daftar.projections.timeline.TimelineFilter;
import uz.daftar.projections.timeline.TimelineReader;
import uz.daftar.query.dashboard.DashboardQueryHandler;
import uz.daftar.query.dashboard.StudentDashboardView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@link FindParentReportQuery} from the read models the other views use, so every figure is the one the
 * dashboard, the family view, the ledger and the timeline show for the same period.
 */
@Component
public class ParentReportQueryHandler {

    /** The most ledger entries one report lists; a longer statement says it was cut. */
    static final int MOST_COIN_ENTRIES = 5000;
    private static final int MOST_STREAK_DAYS = ReportPeriod.MOST_DAYS;

    private final DashboardQueryHandler dashboards;
    private final DailyActivityReader activity;
    private final TimelineReader timeline;
    private final LedgerReader ledger;
    private final BadgeReader badges;
    private final OlympiadReader olympiads;
    private final ObjectProvider<ChainAnchors> anchors;
    private final ArtefactReader artefacts;
    private final Clock clock;

    ParentReportQueryHandler(DashboardQueryHandler dashboards, DailyActivityReader activity, TimelineReader timeline,
                             LedgerReader ledger, BadgeReader badges, OlympiadReader olympiads,
                             ObjectProvider<ChainAnchors> anchors, ArtefactReader artefacts, Clock clock) {
        this.dashboards = dashboards;
        this.activity = activity;
        this.timeline = timeline;
        this.ledger = ledger;
        this.badges = badges;
        this.olympiads = olympiads;
        this.anchors = anchors;
        this.artefacts = artefacts;
        this.clock = clock;
    }

    @QueryHandler
    Optional<ParentReport> handle(FindParentReportQuery query) {
        return dashboards.dashboardOf(query.studentId()).map(dashboard -> report(dashboard, query.period()));
    }

    private ParentReport report(StudentDashboardView dashboard, ReportPeriod asked) {
        ZoneId zone = ZoneId.of(dashboard.timeZone());
        ReportPeriod period = asked != null ? asked : ReportPeriod.lastFullMonth(LocalDate.now(clock.withZone(zone)));
        String studentId = dashboard.studentId();
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        List<ParentReport.Day> days = activity.days(studentId, zone, period.from(), period.to()).stream()
                .map(day -> new ParentReport.Day(day.day(), day.answers(), day.correct(),
                        day.timeSpentMillis(), day.xp())).toList();
        ParentReport.Coins coins = coins(studentId, start, end);
        return new ParentReport(studentId, dashboard.displayName(), zone.getId(), period,
                summary(studentId, days, start, end, coins.closingBalance()), days,
                timeline.skillChanges(studentId, start, end).stream()
                        .map(change -> new ParentReport.Skill(change.skill(), change.from(), change.to())).toList(),
                coins, badges(studentId, start, end), olympiads(studentId, dashboard.language(), start, end),
                verification(studentId, end), narrative(studentId, period));
    }

    private ParentReport.Summary summary(String studentId, List<ParentReport.Day> days, Instant start, Instant end,
                                         long coinBalance) {
        long totalXp = newest(studentId, "XpAwarded", end).map(entry -> number(entry, "totalXp")).orElse(0L);
        int level = newest(studentId, Set.of("ProgressStarted", "LevelReached"), end)
                .map(entry -> (int) number(entry, "level")).orElse(1);
        int longestStreak = timeline.entries(studentId, new TimelineFilter(start, end, Set.of("StreakChanged")), null,
                MOST_STREAK_DAYS).stream().mapToInt(entry -> (int) number(entry, "current")).max().orElse(0);
        return new ParentReport.Summary(days.stream().mapToLong(ParentReport.Day::xp).sum(), totalXp, level,
                days.stream().mapToLong(ParentReport.Day::answers).sum(),
                days.stream().mapToLong(ParentReport.Day::correctAnswers).sum(),
                days.stream().mapToLong(ParentReport.Day::timeSpentMillis).sum() / 60_000, days.size(), longestStreak,
                coinBalance);
    }

    private Optional<TimelineEntry> newest(String studentId, String kind, Instant before) {
        return newest(studentId, Set.of(kind), before);
    }

    private Optional<TimelineEntry> newest(String studentId, Set<String> kinds, Instant before) {
        return timeline.entries(studentId, new TimelineFilter(null, before, kinds), null, 1).stream().findFirst();
    }

    private static long number(TimelineEntry entry, String figure) {
        return ((Number) entry.figures().get(figure)).longValue();
    }

    private ParentReport.Coins coins(String studentId, Instant start, Instant end) {
        List<LedgerEntryRow> rows = ledger.between(studentId, start, end, MOST_COIN_ENTRIES + 1);
        boolean truncated = rows.size() > MOST_COIN_ENTRIES;
        List<LedgerEntryRow> shown = truncated ? rows.subList(0, MOST_COIN_ENTRIES) : rows;
        return new ParentReport.Coins(ledger.walletBalanceBefore(studentId, start),
                ledger.walletBalanceBefore(studentId, end),
                rows.stream().mapToLong(LedgerEntryRow::walletDelta).filter(delta -> delta > 0).sum(),
                -rows.stream().mapToLong(LedgerEntryRow::walletDelta).filter(delta -> delta < 0).sum(),
                shown.stream().map(row -> new ParentReport.CoinEntry(row.entryId(), row.occurredAt(), row.kind(),
                        row.walletDelta(), row.balanceAfter(), CoinSources.describe(row), row.sourceEventId(),
                        row.ruleVersion())).toList(), truncated);
    }

    private List<ParentReport.Badge> badges(String studentId, Instant start, Instant end) {
        return badges.badges(studentId).stream()
                .filter(badge -> !badge.earnedAt().isBefore(start) && badge.earnedAt().isBefore(end))
                .sorted(Comparator.comparing(BadgeRow::earnedAt))
                .map(badge -> new ParentReport.Badge(badge.badgeId(), BadgeNames.of(badge.badgeId()),
                        badge.earnedAt(), badge.ruleVersion())).toList();
    }

    private List<ParentReport.Olympiad> olympiads(String studentId, String language, Instant start, Instant end) {
        return olympiads.resultsOf(List.of(studentId)).stream().flatMap(result -> olympiads
                        .olympiad(result.olympiadId()).filter(olympiad -> ranIn(olympiad, start, end)).stream()
                        .map(olympiad -> new ParentReport.Olympiad(result.olympiadId(), title(olympiad, language),
                                result.status(), result.score(), result.maxScore(), result.rank(),
                                result.prizeCoins())))
                .toList();
    }

    private static boolean ranIn(OlympiadRow olympiad, Instant start, Instant end) {
        return olympiad.schedule().registrationOpens().isBefore(end)
                && !olympiad.schedule().finalDeadline().isBefore(start);
    }

    private static String title(OlympiadRow olympiad, String language) {
        String title = olympiad.titles().get(language);
        return title != null ? title : olympiad.titles().values().stream().findFirst().orElse(olympiad.olympiadId());
    }

    private ParentReport.Narrative narrative(String studentId, ReportPeriod period) {
        return artefacts.narrative(studentId, period.from(), period.to()).map(row -> {
            if (!"GENERATED".equals(row.status())) {
                return new ParentReport.Narrative(row.artefactId(), false, null, row.promptVersion(), null, List.of(),
                        List.of());
            }
            JsonNode output = GeneratedOutput.read(row.output());
            return new ParentReport.Narrative(row.artefactId(), true, row.model(), row.promptVersion(),
                    row.settledAt(), GeneratedOutput.texts(output.path("paragraphs")),
                    GeneratedOutput.texts(output.path("highlights")));
        }).orElse(null);
    }

    private ParentReport.Verification verification(String studentId, Instant end) {
        ChainAnchors chains = anchors.getIfAvailable();
        if (chains == null) {
            return new ParentReport.Verification(false, null);
        }
        return new ParentReport.Verification(true, chains.before(studentId, end).orElse(null));
    }
}
