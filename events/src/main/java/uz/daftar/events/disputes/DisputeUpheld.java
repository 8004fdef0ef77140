package uz.daftar.events.disputes;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The admin who took a dispute upheld it; the case is closed. The ledger is corrected by one new entry,
 * {@code correctionEntryId} (a function of the dispute id, so it pays once), never by an edit:
 * {@code correction} is {@code CREDIT} (an adjustment of {@code amount} coins into the wallet) or {@code REVERSAL}
 * (the disputed {@code ledgerEntryId} is reversed; {@code amount} is null, the reversal carries it).
 */
@Revision("1")
public record DisputeUpheld(String disputeId,
                            String studentId,
                            String adminId,
                            String reason,
                            String correction,
                            Long amount,
                            String ledgerEntryId,
                            String correctionEntryId,
                            Instant decidedAt) {
}
