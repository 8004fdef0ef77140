package uz.daftar.events.disputes;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The admin handling a dispute asked the family a question; the family answers with {@link EvidenceAdded}. */
@Revision("1")
public record EvidenceRequested(String disputeId,
                                String studentId,
                                String requestId,
                                String question,
                                String adminId,
                                Instant requestedAt) {
}
