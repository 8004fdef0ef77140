package uz.daftar.query.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problems the controllers answer with, rendered as problem+json by the platform's ProblemHandling. */
final class Problems {

    private Problems() {
    }

    static ErrorResponseException notFound(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /** A 409 that will resolve by itself: come back after {@code retryAfterSeconds}. */
    static ErrorResponseException notYet(String title, String detail, long retryAfterSeconds) {
        ErrorResponseException conflict = conflict(title, detail);
        conflict.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return conflict;
    }

    static ErrorResponseException conflict(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
