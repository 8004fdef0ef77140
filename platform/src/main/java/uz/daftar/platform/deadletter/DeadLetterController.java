package uz.daftar.platform.deadletter;

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
import org.springframework.web.ErrorResponseException;
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

import java.util.function.Supplier;

/**
 * The dead letters of this app's processors, for admins only:
 * <ul>
 *   <li>{@code GET /api/v1/admin/dead-letters?processor=&limit=} — parked sequences with their letters;</li>
 *   <li>{@code POST /api/v1/admin/dead-letters/{processor}/{sequenceId}/retry} — handle a sequence again;</li>
 *   <li>{@code POST /api/v1/admin/dead-letters/{processor}/retry} — every parked sequence;</li>
 *   <li>{@code POST /api/v1/admin/dead-letters/{processor}/{sequenceId}/eviction} {@code {"reason": ...}} — drop a
 *   sequence's letters, recorded with the admin and the reason.</li>
 * </ul>
 * An unknown processor or sequence answers 404; a retry that cannot complete (the database away) answers 503, and
 * every letter whose retry did not complete stays parked.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    DeadLettersView parked(@RequestParam String processor,
                           @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                           Authentication authentication) {
        requireAdmin(authentication);
        return deadLetters.parked(processor, limit);
    }

    @PostMapping("/{processor}/{sequenceId}/retry")
    RetryView retry(@PathVariable String processor, @PathVariable String sequenceId,
                    Authentication authentication) {
        Caller admin = requireAdmin(authentication);
        return unlessUnavailable(() -> deadLetters.retry(processor, sequenceId, admin));
    }

    @PostMapping("/{processor}/retry")
    RetryAllView retryAll(@PathVariable String processor, Authentication authentication) {
        Caller admin = requireAdmin(authentication);
        return unlessUnavailable(() -> deadLetters.retryAll(processor, admin));
    }

    @PostMapping("/{processor}/{sequenceId}/eviction")
    Eviction evict(@PathVariable String processor, @PathVariable String sequenceId,
                   @Valid @RequestBody EvictionRequest request, Authentication authentication) {
        Caller admin = requireAdmin(authentication);
        return deadLetters.evict(processor, sequenceId, admin, request.reason());
    }

    /** Why the admin evicts: kept with the record of the eviction. */
    record EvictionRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @ExceptionHandler(NoSuchDeadLetters.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchDeadLetters e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such dead letters");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static <T> T unlessUnavailable(Supplier<T> retry) {
        try {
            return retry.get();
        } catch (NoSuchDeadLetters e) {
            throw e;
        } catch (RuntimeException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The retry could not complete (" + rootMessage(e) + "); a letter stays parked unless its retry"
                            + " completed.");
            problem.setTitle("Retry unavailable");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Caller requireAdmin(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("Dead letters are for admins.");
        }
        return caller;
    }
}
