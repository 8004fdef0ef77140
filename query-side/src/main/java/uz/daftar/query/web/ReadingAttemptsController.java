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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.projections.ReadModels;
import uz.daftar.query.reading.FindReadingAttemptsQuery;
import uz.daftar.query.reading.ReadingAttemptsView;

/** A student's reading attempts, for whoever may read the student ({@link StudentAccess}). */
@RestController
class ReadingAttemptsController {

    private final QueryGateway queries;
    private final Consistency consistency;
    private final StudentAccess access;

    ReadingAttemptsController(QueryGateway queries, Consistency consistency, StudentAccess access) {
        this.queries = queries;
        this.consistency = consistency;
        this.access = access;
    }

    @GetMapping("/api/v1/students/{studentId}/reading-attempts")
    ResponseEntity<ReadingAttemptsView> attempts(@PathVariable String studentId,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                                                 @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                                 Long waitForPosition,
                                                 Authentication authentication) {
        consistency.awaitAll(StudentAccess.DECIDED_BY, waitForPosition);
        access.requireMayRead(authentication, studentId);
        Watermark watermark = consistency.await(ReadModels.READING_ATTEMPTS, waitForPosition);
        ReadingAttemptsView view = queries.query(new FindReadingAttemptsQuery(studentId, limit),
                ResponseTypes.instanceOf(ReadingAttemptsView.class)).join();
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(view);
    }
}
