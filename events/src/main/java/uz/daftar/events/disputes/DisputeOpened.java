package uz.daftar.events.disputes;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A student, or a guardian linked to them, disputed a coin ledger entry of the student's wallet
 * ({@code ledgerEntryId}), or a missing award, naming the learning event that should have paid
 * ({@code sourceEventId}); exactly one of the two is set. {@code openedByGuardian} tells a guardian from the student
 * themself. The statement is the family's words, shown to the admin who takes the case.
 */
@Revision("1")
public record DisputeOpened(String disputeId,
                            String studentId,
                            String openedBy,
                            boolean openedByGuardian,
                            String ledgerEntryId,
                            String sourceEventId,
                            String statement,
                            Instant openedAt) {
}
