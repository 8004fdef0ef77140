package uz.daftar.events.ai;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A model generated the requested artefact, recorded once so that nothing ever calls a model for it again:
 * {@code model} as the API named it, the {@code promptVersion} it was asked with, {@code output} the structured
 * answer as JSON text (validated against the kind's contract and checked for personal data before it was recorded),
 * the token usage (null when the server reported none) and the API's {@code responseId}.
 */
@Revision("1")
public record ArtefactGenerated(String artefactId,
                                String kind,
                                String studentId,
                                String classId,
                                String model,
                                String promptVersion,
                                String output,
                                Long promptTokens,
                                Long completionTokens,
                                String responseId,
                                Instant generatedAt) {
}
