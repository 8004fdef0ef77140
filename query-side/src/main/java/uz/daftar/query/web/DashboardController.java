package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uz.daftar.projections.ReadModels;
import uz.daftar.query.coins.FindLedgerQuery;
import uz.daftar.query.coins.LedgerView;
import uz.daftar.query.dashboard.FindStudentDashboardQuery;
import uz.daftar.query.dashboard.StudentDashboardView;

import java.io.IOException;
import java.util.Optional;

@RestController
@RequestMapping("/api/v1/students")
class DashboardController {

    private final QueryGateway queries;
    private final Consistency consistency;
    private final StudentAccess access;
    private final LivePublisher publisher;
    private final LiveFeeds feeds;

    DashboardController(QueryGateway queries, Consistency consistency, StudentAccess access, LivePublisher publisher,
                        LiveFeeds feeds) {
        this.queries = queries;
        this.consistency = consistency;
        this.access = access;
        this.publisher = publisher;
        this.feeds = feeds;
    }

    /**
     * The dashboard live, as server-sent events named {@code dashboard}: one on connecting, then one whenever it
     * changed (looked at about every second), each with the position it was read at as id.
     */
    @GetMapping("/{studentId}/dashboard/stream")
    ResponseEntity<SseEmitter> dashboardStream(@PathVariable String studentId,
                                               @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                               Long waitForPosition,
                                               Authentication authentication) throws IOException {
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        access.requireMayRead(authentication, studentId);
        Watermark watermark = consistency.awaitAll(LiveFeeds.DASHBOARD, waitForPosition);
        LiveFeed<Optional<StudentDashboardView>> feed = feeds.dashboard(studentId);
        if (feed.read().isEmpty()) {
            throw notFound(studentId);
        }
        SseEmitter emitter = publisher.stream(feed, Optional::orElseThrow, "dashboard");
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(emitter);
    }

    @GetMapping("/{studentId}/dashboard")
    ResponseEntity<StudentDashboardView> dashboard(@PathVariable String studentId,
                                                   @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                   Long waitForPosition,
                                                   Authentication authentication) {
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        access.requireMayRead(authentication, studentId);
        Watermark watermark = consistency.await(ReadModels.STUDENT_DASHBOARD, waitForPosition);
        Optional<StudentDashboardView> view = queries.query(new FindStudentDashboardQuery(studentId),
                ResponseTypes.optionalInstanceOf(StudentDashboardView.class)).join();
        return view.map(found -> ResponseEntity.ok().headers(Consistency.headers(watermark)).body(found))
                .orElseThrow(() -> notFound(studentId));
    }

    @GetMapping("/{studentId}/ledger")
    ResponseEntity<LedgerView> ledger(@PathVariable String studentId,
                                      @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit,
                                      @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                      Long waitForPosition,
                                      Authentication authentication) {
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        access.requireMayRead(authentication, studentId);
        Watermark watermark = consistency.await(ReadModels.COIN_LEDGER, waitForPosition);
        Optional<LedgerView> view = queries.query(new FindLedgerQuery(studentId, limit),
                ResponseTypes.optionalInstanceOf(LedgerView.class)).join();
        return view.map(found -> ResponseEntity.ok().headers(Consistency.headers(watermark)).body(found))
                .orElseThrow(() -> notFound(studentId));
    }

    private static ErrorResponseException notFound(String studentId) {
        return Problems.notFound("Unknown student", "No dashboard for student " + studentId + " (yet).");
    }
}
