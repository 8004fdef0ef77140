package uz.daftar.platform.operations;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.util.List;

/**
 * The event processors of this app, for admins and analysts: {@code GET /api/v1/admin/processors} and
 * {@code GET /api/v1/admin/processors/{name}} (404 for a processor this app does not run).
 */
@RestController
@RequestMapping("/api/v1/admin/processors")
class ProcessorController {

    private final ProcessorStatuses statuses;

    ProcessorController(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping
    List<ProcessorView> all(Authentication authentication) {
        requireOperator(authentication);
        return statuses.all();
    }

    @GetMapping("/{name}")
    ProcessorView one(@PathVariable String name, Authentication authentication) {
        requireOperator(authentication);
        return statuses.one(name);
    }

    @ExceptionHandler(NoSuchProcessor.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchProcessor e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such processor");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static void requireOperator(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.has(Role.ADMIN) && !caller.has(Role.ANALYST)) {
            throw new AccessDeniedException("Processor status is for admins and analysts.");
        }
    }
}
