package uz.daftar.events.games;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A submitted score was judged implausible by the plausibility rule {@code ruleVersion} and does not count until
 * a later verdict says otherwise. {@code reasons} lists every broken check, each as
 * {@code "<code>: <explanation>"}, never empty. Follows the {@link GameScoreSubmitted} it judges; {@code decidedAt}
 * is when it was judged.
 */
@Revision("1")
public record ScoreQuarantined(String studentId,
                               Game game,
                               String sessionId,
                               long score,
                               String ruleVersion,
                               List<String> reasons,
                               Instant decidedAt) {
}
