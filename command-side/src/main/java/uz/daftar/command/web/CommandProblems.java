package uz.daftar.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uz.daftar.command.CommandRejected;

/** How rejected commands read to a client: a problem with the rule's code and a plain sentence. */
@RestControllerAdvice
class CommandProblems {

    @ExceptionHandler(CommandRejected.class)
    ProblemDetail rejected(CommandRejected rejected) {
        return problem(rejected.toRejection());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail failed(CommandExecutionException failure) {
        return failure.<CommandRejected.Rejection>getDetails()
                .map(CommandProblems::problem)
                .orElseThrow(() -> failure);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another change to the same record happened at the same moment; send the request again.");
        problem.setTitle("Concurrent change");
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Nothing with that id has been recorded yet.");
        problem.setTitle("Unknown id");
        problem.setProperty("code", "unknown-id");
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The header '" + missing.getHeaderName() + "' is required.");
        problem.setTitle("Missing header");
        return problem;
    }

    private static ProblemDetail problem(CommandRejected.Rejection rejection) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(rejection.status()),
                rejection.message());
        problem.setTitle("Command rejected");
        problem.setProperty("code", rejection.code());
        return problem;
    }
}
