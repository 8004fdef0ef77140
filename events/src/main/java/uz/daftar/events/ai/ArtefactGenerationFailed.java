package uz.daftar.events.ai;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Generating the requested artefact failed for good (after the outside-call guard's retries): {@code failure} is the
 * kind (TIMEOUT, RATE_LIMITED, SERVER_ERROR, CONNECTION, MALFORMED_OUTPUT, REFUSED, NOT_CONFIGURED, CIRCUIT_OPEN,
 * BUDGET_SPENT, PERSONAL_DATA), {@code message} what happened, without the model's output. A new request is needed.
 */
@Revision("1")
public record ArtefactGenerationFailed(String artefactId,
                                       String kind,
                                       String studentId,
                                       String classId,
                                       String failure,
                                       String message,
                                       Instant failedAt) {
}
