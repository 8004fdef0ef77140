package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.platform.web.InvalidParameter;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.operations.AuditFilter;
import uz.daftar.projections.operations.AuditKey;
import uz.daftar.query.operations.AuditCursor;
import uz.daftar.query.operations.FindOperatorAuditQuery;
import uz.daftar.query.operations.OperatorAuditView;

import java.time.Instant;

/**
 * The operator audit, for admins: {@code GET /api/v1/admin/audit?operator&action&target&from&to&limit&before} —
 * dead-letter retries and evictions, replays, rebuilds and cut-overs, and admins' dispute steps, newest first;
 * {@code target} matches as a prefix, {@code limit} 1..500 (default 50), {@code before} the {@code next} cursor of
 * the previous page.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
class OperatorAuditController {

    private static final String CURSOR = "[A-Za-z0-9_-]{1,600}";

    private final QueryGateway queries;
    private final Consistency consistency;

    OperatorAuditController(QueryGateway queries, Consistency consistency) {
        this.queries = queries;
        this.consistency = consistency;
    }

    @GetMapping
    ResponseEntity<OperatorAuditView> audit(@RequestParam(required = false) @Size(min = 1, max = 100) String operator,
                                            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,40}")
                                            String action,
                                            @RequestParam(required = false) @Size(min = 1, max = 300) String target,
                                            @RequestParam(required = false) Instant from,
                                            @RequestParam(required = false) Instant to,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                                            @RequestParam(required = false) @Pattern(regexp = CURSOR) String before,
                                            @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                            Long waitForPosition,
                                            Authentication authentication) {
        if (!Caller.of(authentication).has(Role.ADMIN)) {
            throw new AccessDeniedException("The operator audit is for admins.");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidParameter("to", "must be later than from (" + from + ")");
        }
        AuditKey after = before == null ? null : AuditCursor.parse(before)
                .orElseThrow(() -> new InvalidParameter("before", "is not a cursor this API gave out"));
        Watermark watermark = consistency.await(ReadModels.OPERATOR_AUDIT, waitForPosition);
        OperatorAuditView page = queries.query(new FindOperatorAuditQuery(
                        new AuditFilter(operator, action, target, from, to), after, limit),
                ResponseTypes.instanceOf(OperatorAuditView.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(page);
    }
}
