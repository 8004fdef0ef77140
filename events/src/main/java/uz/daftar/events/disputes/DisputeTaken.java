package uz.daftar.events.disputes;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An admin took a dispute from the queue; from now on that admin asks for evidence and decides it. */
@Revision("1")
public record DisputeTaken(String disputeId,
                           String studentId,
                           String adminId,
                           Instant takenAt) {
}
