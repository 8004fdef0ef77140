package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.ReadModels;
import uz.daftar.query.family.FamilyView;
import uz.daftar.query.family.FindFamilyQuery;

import java.util.List;

/**
 * The parent's page: all linked children at once. {@code GET /api/v1/parents/{parentId}/children?days=1..60}
 * (default 14) answers a {@link FamilyView}; only the parent themself and admins may ask. The watermark is the
 * least caught-up of the guardianship, dashboard, daily-activity and timeline read models.
 */
@RestController
@RequestMapping("/api/v1/parents")
class FamilyController {

    private final QueryGateway queries;
    private final Consistency consistency;

    FamilyController(QueryGateway queries, Consistency consistency) {
        this.queries = queries;
        this.consistency = consistency;
    }

    @GetMapping("/{parentId}/children")
    ResponseEntity<FamilyView> children(@PathVariable String parentId,
                                        @RequestParam(defaultValue = "14") @Min(1) @Max(60) int days,
                                        @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                        Long waitForPosition,
                                        Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!(caller.has(Role.PARENT) && caller.subject().equals(parentId)) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("You may only read your own children's page.");
        }
        Watermark watermark = consistency.awaitAll(List.of(ReadModels.GUARDIANSHIP, ReadModels.STUDENT_DASHBOARD,
                ReadModels.DAILY_ACTIVITY, ReadModels.STUDENT_TIMELINE), waitForPosition);
        FamilyView view = queries.query(new FindFamilyQuery(parentId, days),
                ResponseTypes.instanceOf(FamilyView.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(view);
    }
}
