package uz.daftar.command.outside;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A request whose feature cannot reach its provider now: 503 naming the feature, the reason and when to retry. */
@RestControllerAdvice
class OutsideProblems {

    @ExceptionHandler(OutsideUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(OutsideUnavailable unavailable) {
        FeatureStatus status = unavailable.status();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                unavailable.getMessage());
        problem.setTitle("Feature unavailable");
        problem.setProperty("feature", status.feature());
        problem.setProperty("reason", status.state());
        problem.setProperty("provider", status.provider());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
        if (status.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(status.retryAfterSeconds()));
        }
        return response.body(problem);
    }
}
