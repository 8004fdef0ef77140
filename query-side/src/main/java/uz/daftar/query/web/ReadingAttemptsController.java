package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.projections.ReadModels;
import uz.daftar.platform.security.Caller;
import uz.daftar.query.reading.ClassReadingAttemptsView;
import uz.daftar.query.reading.FindClassReadingAttemptsQuery;
import uz.daftar.query.reading.FindReadingAttemptsQuery;
import uz.daftar.query.reading.ReadingAttemptsView;

import java.util.List;

/**
 * Reading attempts: a student's, for whoever may read the student ({@link StudentAccess}); a class's, for its
 * teacher, its centre's admins and admins ({@link OrganisationAccess}), to find the readings waiting for a score.
 */
@RestController
class ReadingAttemptsController {

    private final QueryGateway queries;
    private final Consistency consistency;
    private final StudentAccess access;
    private final OrganisationAccess organisation;

    ReadingAttemptsController(QueryGateway queries, Consistency consistency, StudentAccess access,
                              OrganisationAccess organisation) {
        this.queries = queries;
        this.consistency = consistency;
        this.access = access;
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/students/{studentId}/reading-attempts")
    ResponseEntity<ReadingAttemptsView> attempts(@PathVariable String studentId,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                                                 @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                 Long waitForPosition,
                                                 Authentication authentication) {
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        access.requireMayRead(authentication, studentId);
        Watermark watermark = consistency.await(ReadModels.READING_ATTEMPTS, waitForPosition);
        ReadingAttemptsView view = queries.query(new FindReadingAttemptsQuery(studentId, limit),
                ResponseTypes.instanceOf(ReadingAttemptsView.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(view);
    }

    @GetMapping("/api/v1/classes/{classId}/reading-attempts")
    ResponseEntity<ClassReadingAttemptsView> classAttempts(@PathVariable String classId,
                                                           @RequestParam(required = false)
                                                           @Pattern(regexp = "SUBMITTED|ASSESSED|FAILED") String status,
                                                           @RequestParam(defaultValue = "100") @Min(1) @Max(500)
                                                           int limit,
                                                           @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                           Long waitForPosition,
                                                           Authentication authentication) {
        consistency.waitFor(ReadModels.CLASS_ROSTER, waitForPosition);
        if (!organisation.mayReadClass(Caller.of(authentication), classId)) {
            throw new AccessDeniedException("Only the class's teacher, its centre's admins and admins may read the "
                    + "readings of class " + classId + ".");
        }
        Watermark watermark = consistency.awaitAll(List.of(ReadModels.CLASS_ROSTER, ReadModels.READING_ATTEMPTS),
                waitForPosition);
        ClassReadingAttemptsView view = queries.query(new FindClassReadingAttemptsQuery(classId, status, limit),
                ResponseTypes.instanceOf(ClassReadingAttemptsView.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(view);
    }
}
