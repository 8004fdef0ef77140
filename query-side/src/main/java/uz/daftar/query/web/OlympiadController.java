package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.olympiad.RosterGroup;
import uz.daftar.query.olympiad.FindGroupStandingsQuery;
import uz.daftar.query.olympiad.FindOlympiadQuery;
import uz.daftar.query.olympiad.FindOlympiadsQuery;
import uz.daftar.query.olympiad.FindParticipationQuery;
import uz.daftar.query.olympiad.FindStandingsQuery;
import uz.daftar.query.olympiad.FindStudentStandingQuery;
import uz.daftar.query.olympiad.GroupLeaderboard;
import uz.daftar.query.olympiad.GroupStandingsView;
import uz.daftar.query.olympiad.Leaderboard;
import uz.daftar.query.olympiad.OlympiadView;
import uz.daftar.query.olympiad.ParticipationView;
import uz.daftar.query.olympiad.StandingsDisplay;
import uz.daftar.query.olympiad.StandingsView;
import uz.daftar.query.olympiad.StudentLeaderboard;
import uz.daftar.query.olympiad.StudentStandingView;
import uz.daftar.query.olympiad.Viewer;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Olympiads and their standings. Every answer carries {@code Daftar-Watermark} (read model
 * {@code olympiad-standings}) and {@code Daftar-Caught-Up}, and honours {@code Daftar-Wait-For-Position}; errors
 * are problem+json: 400 for a parameter out of range, 403 for a caller without access, 404 for an unknown
 * olympiad (a draft is unknown to all but admins), class, centre or participant. Children appear to others only
 * under a pseudonym ({@code player}); {@code studentId} is set only where the caller may see it, and {@code mine}
 * marks the caller's own place (a parent's: their children's).
 * <ul>
 * <li>{@code GET /api/v1/olympiads} (any role): {@code [Olympiad]}, the latest to start first.</li>
 * <li>{@code GET /{id}} (any role): {@code Olympiad} = {@code {olympiadId, titles: {lang: title}, subject, minAge,
 * maxAge, schedule: {registrationOpens, registrationCloses, startOpens, startCloses, durationSeconds,
 * finalDeadline}, entryFee, questionCount, maxScore, prizes: [{fromRank, toRank, coins}], status (DRAFT, PUBLISHED,
 * CANCELLED, FROZEN), createdAt, publishedAt, cancelledAt, cancelReason, frozen: null | {participants, rankingRule,
 * prizeRule, rankingDigest, frozenAt}}}.</li>
 * <li>{@code GET /{id}/standings?limit=1..100} (default 10; any role): {@code Leaderboard} = {@code {olympiadId,
 * frozen, ranked, entries: [Entry]}}, Entry = {@code {rank, player, studentId, mine, score, submittedAt,
 * prizeCoins}} ({@code prizeCoins} null until frozen). Live standings rank graded submissions by score, then
 * earliest submission, then student id; frozen ones are the final ranking with prizes.</li>
 * <li>{@code GET /{id}/standings/students/{studentId}?neighbours=0..10} (default 3; the student, a linked parent, a
 * teacher of one of the student's classes, an admin of one of their centres, admins): {@code {olympiadId, studentId,
 * status (REGISTERED, STARTED, SUBMITTED, CANCELLED), frozen, ranked, entry: Entry | null (not graded yet), above:
 * [Entry], below: [Entry]}}; 404 when the student does not take part.</li>
 * <li>{@code GET /{id}/standings/classes/{classId}?limit=1..1000} (default 100; admins, the class's teacher and the
 * admins of its centre, who see the class's student ids) and {@code GET /{id}/standings/centres/{centreId}?limit=
 * 1..1000} (admins, the centre's admins):
 * {@code {olympiadId, group (CLASS, CENTRE), groupId, frozen, rankedInGroup, entries: [{groupRank, standing:
 * Entry}]}}, {@code standing.rank} being the overall rank.</li>
 * <li>{@code GET /{id}/participation} (admins, analysts): {@code {olympiadId, total: Counts, classes: {classId:
 * Counts}, centres: {centreId: Counts}}}, Counts = {@code {registered, started, submitted, forced, graded,
 * cancelled}}, each the number of students who got that far.</li>
 * <li>{@code GET /{id}/standings/stream?limit=1..100} (default 10; any role): {@code text/event-stream} of events
 * named {@code standings}, data a Leaderboard, id the read model position it was read at: one on connecting,
 * then one whenever what the caller sees changed (looked at about every second).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/olympiads")
class OlympiadController {

    private final QueryGateway queries;
    private final Consistency consistency;
    private final OlympiadAccess access;
    private final StandingsDisplay display;
    private final LivePublisher publisher;
    private final LiveFeeds feeds;

    OlympiadController(QueryGateway queries, Consistency consistency, OlympiadAccess access, StandingsDisplay display,
                       LivePublisher publisher, LiveFeeds feeds) {
        this.queries = queries;
        this.consistency = consistency;
        this.access = access;
        this.display = display;
        this.publisher = publisher;
        this.feeds = feeds;
    }

    @GetMapping
    ResponseEntity<List<OlympiadView>> olympiads(@RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                 Long waitForPosition, Authentication authentication) {
        Watermark watermark = consistency.await(ReadModels.OLYMPIAD_STANDINGS, waitForPosition);
        return ok(watermark, queries.query(new FindOlympiadsQuery(access.seesDrafts(authentication)),
                ResponseTypes.multipleInstancesOf(OlympiadView.class)).join());
    }

    @GetMapping("/{olympiadId}")
    ResponseEntity<OlympiadView> olympiad(@PathVariable String olympiadId,
                                          @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                          Long waitForPosition, Authentication authentication) {
        Watermark watermark = consistency.await(ReadModels.OLYMPIAD_STANDINGS, waitForPosition);
        return ok(watermark, find(olympiadId, authentication));
    }

    @GetMapping("/{olympiadId}/standings")
    ResponseEntity<Leaderboard> standings(@PathVariable String olympiadId,
                                          @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
                                          @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                          Long waitForPosition, Authentication authentication) {
        Watermark watermark = consistency.await(ReadModels.OLYMPIAD_STANDINGS, waitForPosition);
        find(olympiadId, authentication);
        StandingsView standings = queries.query(new FindStandingsQuery(olympiadId, limit),
                ResponseTypes.instanceOf(StandingsView.class)).join();
        return ok(watermark, display.leaderboard(standings, limit, access.viewer(authentication)));
    }

    @GetMapping("/{olympiadId}/standings/students/{studentId}")
    ResponseEntity<StudentLeaderboard> student(@PathVariable String olympiadId, @PathVariable String studentId,
                                               @RequestParam(defaultValue = "3") @Min(0) @Max(10) int neighbours,
                                               @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                               Long waitForPosition, Authentication authentication) {
        consistency.waitFor(ReadModels.GUARDIANSHIP, waitForPosition);
        consistency.waitFor(ReadModels.CLASS_ROSTER, waitForPosition);
        access.requireMayReadStanding(authentication, studentId);
        Watermark watermark = consistency.await(ReadModels.OLYMPIAD_STANDINGS, waitForPosition);
        find(olympiadId, authentication);
        StudentStandingView standing = queries.query(new FindStudentStandingQuery(olympiadId, studentId, neighbours),
                        ResponseTypes.optionalInstanceOf(StudentStandingView.class)).join()
                .orElseThrow(() -> Problems.notFound("Not a participant",
                        "Student " + studentId + " does not take part in olympiad " + olympiadId + "."));
        return ok(watermark, display.student(standing, access.viewer(authentication)));
    }

    @GetMapping("/{olympiadId}/standings/classes/{classId}")
    ResponseEntity<GroupLeaderboard> classStandings(@PathVariable String olympiadId, @PathVariable String classId,
                                                    @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                                                    @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                    Long waitForPosition, Authentication authentication) {
        consistency.waitFor(ReadModels.CLASS_ROSTER, waitForPosition);
        boolean teaches = access.requireMayReadClass(authentication, classId);
        return group(olympiadId, RosterGroup.CLASS, classId, limit, teaches, waitForPosition, authentication);
    }

    @GetMapping("/{olympiadId}/standings/centres/{centreId}")
    ResponseEntity<GroupLeaderboard> centreStandings(@PathVariable String olympiadId, @PathVariable String centreId,
                                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                                                     @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                     Long waitForPosition, Authentication authentication) {
        consistency.waitFor(ReadModels.CLASS_ROSTER, waitForPosition);
        access.requireMayReadCentre(authentication, centreId);
        return group(olympiadId, RosterGroup.CENTRE, centreId, limit, false, waitForPosition, authentication);
    }

    @GetMapping("/{olympiadId}/participation")
    ResponseEntity<ParticipationView> participation(@PathVariable String olympiadId,
                                                    @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                    Long waitForPosition, Authentication authentication) {
        access.requireMayReadParticipation(authentication);
        consistency.waitFor(ReadModels.CLASS_ROSTER, waitForPosition);
        Watermark watermark = consistency.await(ReadModels.OLYMPIAD_STANDINGS, waitForPosition);
        find(olympiadId, authentication);
        return ok(watermark, queries.query(new FindParticipationQuery(olympiadId),
                ResponseTypes.instanceOf(ParticipationView.class)).join());
    }

    @GetMapping("/{olympiadId}/standings/stream")
    ResponseEntity<SseEmitter> stream(@PathVariable String olympiadId,
                                      @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
                                      @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                      Long waitForPosition, Authentication authentication) throws IOException {
        Watermark watermark = consistency.await(ReadModels.OLYMPIAD_STANDINGS, waitForPosition);
        find(olympiadId, authentication);
        Viewer viewer = access.viewer(authentication);
        return ok(watermark, publisher.stream(feeds.standings(olympiadId, limit),
                standings -> display.leaderboard(standings, limit, viewer), "standings"));
    }

    private ResponseEntity<GroupLeaderboard> group(String olympiadId, RosterGroup group, String groupId, int limit,
                                                   boolean showIds, Long waitForPosition,
                                                   Authentication authentication) {
        Watermark watermark = consistency.await(ReadModels.OLYMPIAD_STANDINGS, waitForPosition);
        find(olympiadId, authentication);
        GroupStandingsView standings = queries.query(new FindGroupStandingsQuery(olympiadId, group, groupId, limit),
                        ResponseTypes.optionalInstanceOf(GroupStandingsView.class)).join()
                .orElseThrow(() -> {
                    String kind = group.name().toLowerCase(Locale.ROOT);
                    return Problems.notFound("Unknown " + kind, "No " + kind + " " + groupId + " (yet).");
                });
        return ok(watermark, display.group(standings, access.viewer(authentication), showIds));
    }

    private OlympiadView find(String olympiadId, Authentication authentication) {
        return queries.query(new FindOlympiadQuery(olympiadId, access.seesDrafts(authentication)),
                        ResponseTypes.optionalInstanceOf(OlympiadView.class)).join()
                .orElseThrow(() -> Problems.notFound("Unknown olympiad", "No olympiad " + olympiadId + " (yet)."));
    }

    private static <T> ResponseEntity<T> ok(Watermark watermark, T body) {
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(body);
    }
}
