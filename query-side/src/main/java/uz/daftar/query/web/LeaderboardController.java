package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uz.daftar.events.games.Game;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.leaderboard.Board;
import uz.daftar.projections.leaderboard.Periods;
import uz.daftar.projections.leaderboard.Standing;
import uz.daftar.query.leaderboard.BoardPage;
import uz.daftar.query.leaderboard.FindBoardQuery;
import uz.daftar.query.leaderboard.FindRankQuery;
import uz.daftar.query.leaderboard.LeaderboardDisplay;
import uz.daftar.query.leaderboard.LeaderboardDisplay.Audience;
import uz.daftar.query.leaderboard.LeaderboardView;
import uz.daftar.query.leaderboard.StudentRankView;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Leaderboards on XP ({@code /xp}) and on best game scores ({@code /games/{game}}): the first places of a board,
 * and a student's own place with its neighbours (the neighbours-only view, never the top). A board is chosen by
 * {@code scope} ({@code global}, {@code region:<code>}, {@code centre:<id>}, {@code class:<id>}), {@code period}
 * ({@code day}, {@code week}, {@code month}, {@code all}) and the {@code date} the period contains, in the
 * Asia/Tashkent calendar (today by default). {@code .../stream} streams a board live as server-sent events.
 */
@RestController
@RequestMapping("/api/v1/leaderboards")
class LeaderboardController {

    private static final String SCOPE = "global|(region|centre|class):[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}";
    private static final String SCOPE_MESSAGE = "must be global, region:<code>, centre:<id> or class:<id>";
    private static final String PERIOD = "day|week|month|all";
    private static final List<ReadModels> ACCESS = List.of(ReadModels.GUARDIANSHIP, ReadModels.CLASS_ROSTER);

    private final QueryGateway queries;
    private final Consistency consistency;
    private final LeaderboardAccess access;
    private final LeaderboardDisplay display;
    private final LivePublisher publisher;
    private final LiveFeeds feeds;
    private final Clock clock;

    LeaderboardController(QueryGateway queries, Consistency consistency, LeaderboardAccess access,
                          LeaderboardDisplay display, LivePublisher publisher, LiveFeeds feeds, Clock clock) {
        this.queries = queries;
        this.consistency = consistency;
        this.access = access;
        this.display = display;
        this.publisher = publisher;
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping("/xp")
    ResponseEntity<LeaderboardView> xp(@RequestParam(defaultValue = "global")
                                       @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope,
                                       @RequestParam(defaultValue = "week")
                                       @Pattern(regexp = PERIOD, message = "must be " + PERIOD) String period,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                       @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
                                       @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitFor,
                                       Authentication authentication) {
        return board(Board.XP, scope, period, date, limit, waitFor, authentication);
    }

    @GetMapping("/games/{game}")
    ResponseEntity<LeaderboardView> game(@PathVariable Game game,
                                         @RequestParam(defaultValue = "global")
                                         @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope,
                                         @RequestParam(defaultValue = "week")
                                         @Pattern(regexp = PERIOD, message = "must be " + PERIOD) String period,
                                         @RequestParam(required = false)
                                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                         @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
                                         @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitFor,
                                         Authentication authentication) {
        return board(Board.game(game.name()), scope, period, date, limit, waitFor, authentication);
    }

    /** The board of {@code GET /xp} live: events named {@code leaderboard}, one on connecting, then on changes. */
    @GetMapping("/xp/stream")
    ResponseEntity<SseEmitter> xpStream(@RequestParam(defaultValue = "global")
                                        @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope,
                                        @RequestParam(defaultValue = "week")
                                        @Pattern(regexp = PERIOD, message = "must be " + PERIOD) String period,
                                        @RequestParam(required = false)
                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                        @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
                                        @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitFor,
                                        Authentication authentication) throws IOException {
        return stream(Board.XP, scope, period, date, limit, waitFor, authentication);
    }

    @GetMapping("/games/{game}/stream")
    ResponseEntity<SseEmitter> gameStream(@PathVariable Game game,
                                          @RequestParam(defaultValue = "global")
                                          @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope,
                                          @RequestParam(defaultValue = "week")
                                          @Pattern(regexp = PERIOD, message = "must be " + PERIOD) String period,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                          @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
                                          @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                          Long waitFor,
                                          Authentication authentication) throws IOException {
        return stream(Board.game(game.name()), scope, period, date, limit, waitFor, authentication);
    }

    @GetMapping("/xp/students/{studentId}")
    ResponseEntity<StudentRankView> xpRank(@PathVariable String studentId,
                                           @RequestParam(defaultValue = "global")
                                           @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope,
                                           @RequestParam(defaultValue = "week")
                                           @Pattern(regexp = PERIOD, message = "must be " + PERIOD) String period,
                                           @RequestParam(required = false)
                                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                           @RequestParam(defaultValue = "2") @Min(0) @Max(10) int neighbours,
                                           @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                           Long waitFor,
                                           Authentication authentication) {
        return rank(Board.XP, studentId, scope, period, date, neighbours, waitFor, authentication);
    }

    @GetMapping("/games/{game}/students/{studentId}")
    ResponseEntity<StudentRankView> gameRank(@PathVariable Game game, @PathVariable String studentId,
                                             @RequestParam(defaultValue = "global")
                                             @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope,
                                             @RequestParam(defaultValue = "week")
                                             @Pattern(regexp = PERIOD, message = "must be " + PERIOD) String period,
                                             @RequestParam(required = false)
                                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                             @RequestParam(defaultValue = "2") @Min(0) @Max(10) int neighbours,
                                             @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                             Long waitFor,
                                             Authentication authentication) {
        return rank(Board.game(game.name()), studentId, scope, period, date, neighbours, waitFor, authentication);
    }

    private ResponseEntity<LeaderboardView> board(String metric, String scope, String period, LocalDate date,
                                                  int limit, Long waitFor, Authentication authentication) {
        consistency.waitFor(ACCESS, waitFor);
        Audience audience = access.requireMayReadBoard(authentication, scope);
        Watermark watermark = consistency.await(ReadModels.LEADERBOARDS, waitFor);
        BoardPage page = queries.query(new FindBoardQuery(key(metric, scope, period, date), limit),
                ResponseTypes.instanceOf(BoardPage.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(display.board(page, audience));
    }

    private ResponseEntity<SseEmitter> stream(String metric, String scope, String period, LocalDate date, int limit,
                                              Long waitFor, Authentication authentication) throws IOException {
        consistency.waitFor(ACCESS, waitFor);
        Audience audience = access.requireMayReadBoard(authentication, scope);
        Watermark watermark = consistency.await(ReadModels.LEADERBOARDS, waitFor);
        SseEmitter emitter = publisher.stream(feeds.leaderboard(key(metric, scope, period, date), limit),
                page -> display.board(page, audience), "leaderboard");
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(emitter);
    }

    private ResponseEntity<StudentRankView> rank(String metric, String studentId, String scope, String period,
                                                 LocalDate date, int neighbours, Long waitFor,
                                                 Authentication authentication) {
        consistency.waitFor(ACCESS, waitFor);
        Audience audience = access.requireMayReadStudent(authentication, studentId, scope);
        Watermark watermark = consistency.await(ReadModels.LEADERBOARDS, waitFor);
        Standing standing = queries.query(new FindRankQuery(key(metric, scope, period, date), studentId, neighbours),
                ResponseTypes.instanceOf(Standing.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(display.rank(standing, audience));
    }

    private String key(String metric, String scope, String period, LocalDate date) {
        LocalDate day = date != null ? date : clock.instant().atZone(Periods.CALENDAR).toLocalDate();
        Periods.Kind kind = Periods.Kind.valueOf(period.toUpperCase(Locale.ROOT));
        return new Board(metric, scope, Periods.period(kind, day).key()).key();
    }
}
