package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.web.InvalidParameter;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.timeline.TimelineKey;
import uz.daftar.projections.timeline.TimelineKinds;
import uz.daftar.query.dashboard.DashboardFigure;
import uz.daftar.query.digest.FindWeeklyDigestQuery;
import uz.daftar.query.digest.IsoWeek;
import uz.daftar.query.digest.WeeklyDigestView;
import uz.daftar.query.timeline.Cursor;
import uz.daftar.query.timeline.ExplanationView;
import uz.daftar.query.timeline.FindExplanationQuery;
import uz.daftar.query.timeline.FindTimelineQuery;
import uz.daftar.query.timeline.TimelineView;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Explainable progress, for the student, a linked parent or an admin (anyone else: 403, whether the student exists
 * or not):
 * <ul>
 *   <li>{@code GET /api/v1/students/{id}/timeline?from&to&kind&limit&before}: every event that concerns the student,
 *   in plain words, newest first; {@code kind} one or more event types, {@code limit} 1..200 (default 50),
 *   {@code before} the {@code next} cursor of the previous page;</li>
 *   <li>{@code GET /api/v1/students/{id}/explanations/{figure}?limit&before}: the events that add up to one number
 *   of the dashboard (its {@code explanations} links), {@code limit} 1..500 (default 100);</li>
 *   <li>{@code GET /api/v1/students/{id}/digest?week=2026-W47}: the week in short, next to the week before, with
 *   encouraging sentences; the current week in the student's time zone by default.</li>
 * </ul>
 * Each answer carries the watermark of the read models it was made of and honours {@code Daftar-Wait-For-Position}.
 */
@RestController
@RequestMapping("/api/v1/students")
class TimelineController {

    private static final String CURSOR = "[A-Za-z0-9_-]{1,400}";
    /** The last time zone to start a new week: no student's week after the one it has reached there has begun. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final QueryGateway queries;
    private final Consistency consistency;
    private final StudentAccess access;
    private final Clock clock;

    TimelineController(QueryGateway queries, Consistency consistency, StudentAccess access, Clock clock) {
        this.queries = queries;
        this.consistency = consistency;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/{studentId}/timeline")
    ResponseEntity<TimelineView> timeline(@PathVariable String studentId,
                                          @RequestParam(required = false) Instant from,
                                          @RequestParam(required = false) Instant to,
                                          @RequestParam(required = false) List<String> kind,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                          @RequestParam(required = false) @Pattern(regexp = CURSOR) String before,
                                          @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                          Long waitForPosition,
                                          Authentication authentication) {
        requireMayRead(authentication, studentId, waitForPosition);
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidParameter("to", "must be later than from (" + from + ")");
        }
        FindTimelineQuery query = new FindTimelineQuery(studentId, from, to, kinds(kind), cursor(before), limit);
        Watermark watermark = consistency.await(ReadModels.STUDENT_TIMELINE, waitForPosition);
        return answer(watermark, queries.query(query, ResponseTypes.optionalInstanceOf(TimelineView.class)),
                studentId);
    }

    @GetMapping("/{studentId}/explanations/{figure}")
    ResponseEntity<ExplanationView> explanation(@PathVariable String studentId,
                                                @PathVariable String figure,
                                                @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
                                                @RequestParam(required = false) @Pattern(regexp = CURSOR)
                                                String before,
                                                @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                Long waitForPosition,
                                                Authentication authentication) {
        requireMayRead(authentication, studentId, waitForPosition);
        DashboardFigure explained = DashboardFigure.byField(figure).orElseThrow(() -> Problems.notFound(
                "Unknown figure", "The dashboard has no figure '" + figure + "'; its figures are "
                        + Arrays.stream(DashboardFigure.values()).map(DashboardFigure::field).toList() + "."));
        FindExplanationQuery query = new FindExplanationQuery(studentId, explained, cursor(before), limit);
        Watermark watermark = consistency.awaitAll(List.of(ReadModels.STUDENT_DASHBOARD, ReadModels.BADGES,
                ReadModels.STUDENT_TIMELINE), waitForPosition);
        return answer(watermark, queries.query(query, ResponseTypes.optionalInstanceOf(ExplanationView.class)),
                studentId);
    }

    @GetMapping("/{studentId}/digest")
    ResponseEntity<WeeklyDigestView> digest(@PathVariable String studentId,
                                            @RequestParam(required = false) @Pattern(regexp = IsoWeek.FORMAT)
                                            String week,
                                            @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                            Long waitForPosition,
                                            Authentication authentication) {
        requireMayRead(authentication, studentId, waitForPosition);
        IsoWeek asked = week == null ? null : IsoWeek.parse(week)
                .orElseThrow(() -> new InvalidParameter("week", "the year " + week.substring(0, 4) + " has no week "
                        + week.substring(6)));
        if (asked != null && asked.isAfter(IsoWeek.containing(clock.instant(), EARLIEST_ZONE))) {
            throw new InvalidParameter("week", "week " + asked + " has not begun yet");
        }
        Watermark watermark = consistency.awaitAll(List.of(ReadModels.STUDENT_DASHBOARD, ReadModels.DAILY_ACTIVITY,
                ReadModels.STUDENT_TIMELINE), waitForPosition);
        return answer(watermark, queries.query(new FindWeeklyDigestQuery(studentId, asked),
                ResponseTypes.optionalInstanceOf(WeeklyDigestView.class)), studentId);
    }

    private void requireMayRead(Authentication authentication, String studentId, Long waitForPosition) {
        consistency.waitFor(ReadModels.GUARDIANSHIP, waitForPosition);
        access.requireMayRead(authentication, studentId);
    }

    private static Set<String> kinds(List<String> asked) {
        if (asked == null) {
            return Set.of();
        }
        for (String kind : asked) {
            if (!TimelineKinds.ALL.contains(kind)) {
                throw new InvalidParameter("kind", "'" + kind + "' is not a kind of timeline entry; the kinds are "
                        + TimelineKinds.ALL);
            }
        }
        return new LinkedHashSet<>(asked);
    }

    private static TimelineKey cursor(String before) {
        return before == null ? null : Cursor.parse(before)
                .orElseThrow(() -> new InvalidParameter("before", "is not a cursor this API gave out"));
    }

    private static <T> ResponseEntity<T> answer(Watermark watermark, CompletableFuture<Optional<T>> view,
                                                String studentId) {
        return view.join().map(found -> ResponseEntity.ok().headers(Consistency.headers(watermark)).body(found))
                .orElseThrow(() -> Problems.notFound("Unknown student", "No student " + studentId + " (yet)."));
    }
}
