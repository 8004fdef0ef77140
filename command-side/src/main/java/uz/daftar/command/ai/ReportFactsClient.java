package uz.daftar.command.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import uz.daftar.command.CommandRejected;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a parent report's pseudonymous figures from the query side ({@code daftar.query.url},
 * {@code GET /api/v1/students/{id}/report/facts}) with the caller's own bearer token, so the query side's
 * parent-report rule applies to the caller as it would to the report itself. The figures become a narrative's
 * inputs, the read model's watermark position its input reference.
 */
@Component
public class ReportFactsClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITION = Pattern.compile("position=(-?\\d+)");

    private final RestClient client;

    ReportFactsClient(@Value("${daftar.query.url:http://localhost:8082}") String queryUrl) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.client = RestClient.builder().baseUrl(queryUrl).requestFactory(requests).build();
    }

    /** The figures as JSON text (the watermark left out) and the watermark position they were read at. */
    public record Facts(String json, long position) {
    }

    public Facts fetch(String studentId, LocalDate from, LocalDate to, String bearerToken, Long waitForPosition) {
        try {
            var answer = client.get()
                    .uri(uri -> uri.path("/api/v1/students/{id}/report/facts").queryParam("from", from)
                            .queryParam("to", to).build(studentId))
                    .headers(headers -> {
                        headers.setBearerAuth(bearerToken);
                        if (waitForPosition != null) {
                            headers.set("Daftar-Wait-For-Position", waitForPosition.toString());
                        }
                    })
                    .retrieve().toEntity(String.class);
            return new Facts(canonical(answer.getBody()), position(answer.getHeaders()));
        } catch (RestClientResponseException refused) {
            throw switch (refused.getStatusCode().value()) {
                case 403 -> CommandRejected.forbidden("not-a-report-reader", "Only the child's linked parents and "
                        + "admins may have a narrative written for the report of " + studentId + ".");
                case 404 -> CommandRejected.notFound("unknown-student", "No report for student " + studentId
                        + " (yet).");
                case 400 -> CommandRejected.unprocessable("report-period", "The query side refused the period: "
                        + refused.getResponseBodyAsString());
                default -> unavailable("answered " + refused.getStatusCode().value());
            };
        } catch (ResourceAccessException unreachable) {
            throw unavailable("cannot be reached");
        }
    }

    private static ErrorResponseException unavailable(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The query side, which holds the report's figures, " + what + "; try again later.");
        problem.setTitle("Report figures unavailable");
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
    }

    private static String canonical(String body) {
        try {
            ObjectNode facts = (ObjectNode) JSON.readTree(body);
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("the query side's report facts are not a JSON object", e);
        }
    }

    private static long position(HttpHeaders headers) {
        String watermark = headers.getFirst("Daftar-Watermark");
        Matcher position = watermark == null ? null : POSITION.matcher(watermark);
        return position != null && position.find() ? Long.parseLong(position.group(1)) : -1;
    }
}
