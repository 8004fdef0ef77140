package uz.daftar.events.disputes;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The admin who took a dispute rejected it, with a reason shown to the family; the case is closed. */
@Revision("1")
public record DisputeRejected(String disputeId,
                              String studentId,
                              String adminId,
                              String reason,
                              Instant decidedAt) {
}
