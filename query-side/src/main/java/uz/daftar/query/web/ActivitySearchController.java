package uz.daftar.query.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.search.ActivityAnalytics;
import uz.daftar.projections.search.ActivitySearch;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Search and analytics over the Elasticsearch activity index, for admins and analysts only:
 * <ul>
 *   <li>{@code GET /api/v1/activity?studentId&type&game&olympiadId&skill&verdict&region&ageBand&from&to&minCoins
 *   &maxCoins&q&size&after} — documents newest first, {@code size} 1..200 (default 50), {@code after} the
 *   {@code next} of the previous page ({@code <millis>:<eventId>});</li>
 *   <li>{@code GET /api/v1/activity/active-students?from&to[&by=region|ageBand][&type&region&ageBand]} — distinct
 *   active students per day (Asia/Tashkent), or per day and region or age band with {@code by}, exact up to
 *   {@value ActivityAnalytics#EXACT_DISTINCT_UP_TO} per day (and group);</li>
 *   <li>{@code GET /api/v1/activity/counts?by=type|skill|game|verdict|activity|olympiadId|region|ageBand&from&to
 *   [&type&region&ageBand]}.</li>
 * </ul>
 * {@code region} and {@code ageBand} are where the student stood when the event happened (see the activity index's
 * README): a student in no centre yet has no region and is in no region's count.
 * <p>
 * When Elasticsearch is absent or failing these answer 503 problem+json; nothing else in Daftar depends on it.
 */
@RestController
@RequestMapping("/api/v1/activity")
class ActivitySearchController {

    private static final ZoneId CALENDAR = ZoneId.of("Asia/Tashkent");
    private static final String REGION = "[A-Z]{2}-[A-Z0-9]{1,3}";
    private static final String AGE_BAND = "[0-9]{1,2}(-[0-9]{1,2}|\\+)";

    private final ActivitySearch search;
    private final ActivityAnalytics analytics;
    private final Consistency consistency;

    ActivitySearchController(ActivitySearch search, ActivityAnalytics analytics, Consistency consistency) {
        this.search = search;
        this.analytics = analytics;
        this.consistency = consistency;
    }

    @GetMapping
    ResponseEntity<ActivitySearch.Page> search(@RequestParam(required = false) String studentId,
                                               @RequestParam(required = false) String type,
                                               @RequestParam(required = false) String game,
                                               @RequestParam(required = false) String olympiadId,
                                               @RequestParam(required = false) String skill,
                                               @RequestParam(required = false) String verdict,
                                               @RequestParam(required = false) @Pattern(regexp = REGION)
                                               String region,
                                               @RequestParam(required = false) @Pattern(regexp = AGE_BAND)
                                               String ageBand,
                                               @RequestParam(required = false) Instant from,
                                               @RequestParam(required = false) Instant to,
                                               @RequestParam(required = false) Long minCoins,
                                               @RequestParam(required = false) Long maxCoins,
                                               @RequestParam(required = false) String q,
                                               @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                               @RequestParam(required = false)
                                               @Pattern(regexp = "-?[0-9]{1,19}:.{1,128}") String after,
                                               Authentication authentication) {
        requireAnalyst(authentication);
        ActivitySearch.Criteria criteria = new ActivitySearch.Criteria(studentId, type, game, olympiadId, skill,
                verdict, region, ageBand, from, to, minCoins, maxCoins, q);
        return answer(() -> search.search(criteria, size, after == null ? null : new ActivitySearch.After(
                Long.parseLong(after.substring(0, after.indexOf(':'))), after.substring(after.indexOf(':') + 1))));
    }

    /** Without {@code by}: {@code [{day, activeStudents, documents}]}; with it, one row per day and group. */
    @GetMapping("/active-students")
    ResponseEntity<List<?>> activeStudents(@RequestParam Instant from,
                                           @RequestParam Instant to,
                                           @RequestParam(required = false) @Pattern(regexp = "region|ageBand")
                                           String by,
                                           @RequestParam(required = false) String type,
                                           @RequestParam(required = false) @Pattern(regexp = REGION) String region,
                                           @RequestParam(required = false) @Pattern(regexp = AGE_BAND)
                                           String ageBand,
                                           Authentication authentication) {
        requireAnalyst(authentication);
        ActivitySearch.Criteria criteria = ActivitySearch.Criteria.analytics(from, to, type, region, ageBand);
        return answer(() -> by == null
                ? analytics.activeStudentsPerDay(criteria, CALENDAR)
                : analytics.activeStudentsPerDayBy(by, criteria, CALENDAR));
    }

    @GetMapping("/counts")
    ResponseEntity<Map<String, Long>> counts(@RequestParam
                                             @Pattern(regexp = "type|skill|game|verdict|activity|olympiadId|region"
                                                     + "|ageBand") String by,
                                             @RequestParam(required = false) Instant from,
                                             @RequestParam(required = false) Instant to,
                                             @RequestParam(required = false) String type,
                                             @RequestParam(required = false) @Pattern(regexp = REGION) String region,
                                             @RequestParam(required = false) @Pattern(regexp = AGE_BAND)
                                             String ageBand,
                                             Authentication authentication) {
        requireAnalyst(authentication);
        return answer(() -> analytics.countsBy(by,
                ActivitySearch.Criteria.analytics(from, to, type, region, ageBand)));
    }

    private <T> ResponseEntity<T> answer(Supplier<T> read) {
        Watermark watermark = consistency.watermark(ReadModels.ACTIVITY_INDEX);
        try {
            return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(read.get());
        } catch (UncheckedIOException | ElasticsearchException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Activity search is unavailable right now; dashboards, ledgers and standings are not affected.");
            problem.setTitle("Search unavailable");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
    }

    private static void requireAnalyst(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.has(Role.ADMIN) && !caller.has(Role.ANALYST)) {
            throw new AccessDeniedException("Activity search is for admins and analysts.");
        }
    }
}
