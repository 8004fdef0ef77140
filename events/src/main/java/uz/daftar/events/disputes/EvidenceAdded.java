package uz.daftar.events.disputes;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Evidence was added to an open dispute, by the family (the student or a linked guardian) or by an admin
 * ({@code byAdmin}): a text and, optionally, a reference (an event id, a ledger entry id, a document's reference;
 * never a file's bytes).
 */
@Revision("1")
public record EvidenceAdded(String disputeId,
                            String studentId,
                            String evidenceId,
                            String addedBy,
                            boolean byAdmin,
                            String text,
                            String reference,
                            Instant addedAt) {
}
