package uz.daftar.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every rejected request gets an {@code application/problem+json} answer that says which field is wrong and why.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    /** A constraint on a query parameter, header or path variable ({@code @Max}, {@code @Pattern}...) failed. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = parameterName(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(Map.of("field", name, "message", String.valueOf(error.getDefaultMessage())));
            }
        }
        return invalid(errors);
    }

    /** A query parameter, header or path variable that does not convert: {@code from=yesterday}, {@code limit=ten}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String type = ex.getRequiredType() == null ? "value of this type" : ex.getRequiredType().getSimpleName();
        return invalid(List.of(Map.of("field", String.valueOf(ex.getPropertyName()),
                "message", "'" + ex.getValue() + "' is not a valid " + type)));
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<Object> handleInvalidParameter(InvalidParameter ex) {
        return invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
    }

    private static ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + errors.size() + " invalid field(s).");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** The name the client used: the request parameter's or path variable's name, else the Java parameter's. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (causedByOversizeBody(ex)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body is larger than accepted.");
            problem.setTitle("Request body too large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(ex.getCause()));
        problem.setTitle("Unreadable request body");
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", path(mapping), "message", describe(mapping))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static boolean causedByOversizeBody(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static String describe(@Nullable Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "Field '" + path(invalid) + "' has the value " + invalid.getValue() + ", which is not a "
                    + invalid.getTargetType().getSimpleName() + ".";
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "Field '" + path(mismatched) + "' must be a " + mismatched.getTargetType().getSimpleName() + ".";
        }
        return "The body is not valid JSON for this request.";
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
