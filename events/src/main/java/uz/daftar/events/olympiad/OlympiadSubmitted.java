package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/**
 * A participant's answers were submitted, by the participant ({@code forced} false) or by their personal deadline
 * ({@code forced} true, {@code submittedAt} is then the deadline itself). {@code answers} maps question id to the
 * last answer given. A participation is submitted once.
 */
@Revision("1")
public record OlympiadSubmitted(String olympiadId,
                                String studentId,
                                Map<String, String> answers,
                                boolean forced,
                                Instant submittedAt) {
}
