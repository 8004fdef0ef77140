package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A registered student started the olympiad within its start window. {@code personalDeadline} is the server's
 * answer to "until when": the start plus the olympiad's duration, never past its final deadline. {@code feeHoldId}
 * is the registration's fee hold, captured now (null without a fee).
 */
@Revision("1")
public record ParticipationStarted(String olympiadId,
                                   String studentId,
                                   String feeHoldId,
                                   Instant startedAt,
                                   Instant personalDeadline) {
}
