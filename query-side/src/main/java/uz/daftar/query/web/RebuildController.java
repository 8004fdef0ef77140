package uz.daftar.query.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;
import uz.daftar.projections.rebuild.NoSuchRebuild;
import uz.daftar.projections.rebuild.RebuildDiff;
import uz.daftar.projections.rebuild.RebuildRefused;
import uz.daftar.projections.rebuild.RebuildView;
import uz.daftar.projections.rebuild.Rebuilds;

import java.util.List;

/**
 * Blue/green rebuilds of read models (docs/decisions/0012). Analysts and admins start, follow, read the diff of and
 * cancel rebuilds; the cut-over and the rollback change what every reader sees and are for admins.
 * <ul>
 *   <li>{@code POST /api/v1/admin/rebuilds} {@code {"readModel":"leaderboards","reason":"..."}} — 201, 404 for an
 *   unknown read model, 409 when the cap is reached or the model is being rebuilt;</li>
 *   <li>{@code GET /api/v1/admin/rebuilds}, {@code GET /api/v1/admin/rebuilds/{id}} — state and progress;</li>
 *   <li>{@code GET /api/v1/admin/rebuilds/{id}/diff?limit=} — once caught up;</li>
 *   <li>{@code POST /api/v1/admin/rebuilds/{id}/cut-over}, {@code .../rollback}, {@code .../cancellation}.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/admin/rebuilds")
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    ResponseEntity<RebuildView> start(@Valid @RequestBody StartRequest request, Authentication authentication) {
        Caller operator = requireAnalystOrAdmin(authentication);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(rebuilds.start(request.readModel(), request.reason(), operator));
    }

    @GetMapping
    List<RebuildView> all(Authentication authentication) {
        requireAnalystOrAdmin(authentication);
        return rebuilds.all();
    }

    @GetMapping("/{id}")
    RebuildView get(@PathVariable String id, Authentication authentication) {
        requireAnalystOrAdmin(authentication);
        return rebuilds.get(id);
    }

    @GetMapping("/{id}/diff")
    RebuildDiff diff(@PathVariable String id, @RequestParam(defaultValue = "100") @Min(1) @Max(10_000) int limit,
                     Authentication authentication) {
        requireAnalystOrAdmin(authentication);
        return rebuilds.diff(id, limit);
    }

    @PostMapping("/{id}/cut-over")
    RebuildView cutOver(@PathVariable String id, Authentication authentication) {
        return rebuilds.cutOver(id, requireAdmin(authentication));
    }

    @PostMapping("/{id}/rollback")
    RebuildView rollback(@PathVariable String id, @Valid @RequestBody(required = false) ReasonRequest request,
                         Authentication authentication) {
        return rebuilds.rollback(id, requireAdmin(authentication), request == null ? null : request.reason());
    }

    @PostMapping("/{id}/cancellation")
    RebuildView cancel(@PathVariable String id, @Valid @RequestBody(required = false) ReasonRequest request,
                       Authentication authentication) {
        return rebuilds.cancel(id, requireAnalystOrAdmin(authentication), request == null ? null : request.reason());
    }

    /** Which read model (its processing group, as in the processor list) and why. */
    record StartRequest(@NotBlank @Size(max = 64) String readModel, @NotBlank @Size(max = 500) String reason) {
    }

    record ReasonRequest(@Size(max = 500) String reason) {
    }

    @ExceptionHandler(NoSuchRebuild.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchRebuild e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(RebuildRefused.class)
    ResponseEntity<ProblemDetail> refused(RebuildRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(e.title());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static Caller requireAnalystOrAdmin(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.has(Role.ADMIN) && !caller.has(Role.ANALYST)) {
            throw new AccessDeniedException("Rebuilds are for analysts and admins.");
        }
        return caller;
    }

    private static Caller requireAdmin(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("Cut-overs and rollbacks are for admins.");
        }
        return caller;
    }
}
