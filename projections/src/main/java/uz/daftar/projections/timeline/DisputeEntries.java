package uz.daftar.projections.timeline;

import uz.daftar.events.disputes.DisputeOpened;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeTaken;
import uz.daftar.events.disputes.DisputeUpheld;
import uz.daftar.events.disputes.EvidenceAdded;
import uz.daftar.events.disputes.EvidenceRequested;

import java.util.List;

/**
 * Timeline entries of the disputes context: a coin dispute from opening to decision. The family reads them, so an
 * admin is "an admin", never named.
 */
final class DisputeEntries {

    static final List<Class<?>> EVENTS = List.of(DisputeOpened.class, DisputeTaken.class, EvidenceRequested.class,
            EvidenceAdded.class, DisputeUpheld.class, DisputeRejected.class);

    private DisputeEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof DisputeOpened e) {
            String about = e.ledgerEntryId() != null ? "the coin entry " + e.ledgerEntryId()
                    : "coins missing for " + e.sourceEventId();
            return List.of(TimelineFact.of(e.studentId(), e.openedAt(), "Dispute " + e.disputeId() + " about "
                    + about + " was opened by " + (e.openedByGuardian() ? "a guardian" : "the student") + ".")
                    .source(e.ledgerEntryId() != null ? e.ledgerEntryId() : e.sourceEventId())
                    .figure("disputeId", e.disputeId()));
        }
        if (event instanceof DisputeTaken e) {
            return List.of(TimelineFact.of(e.studentId(), e.takenAt(), "An admin took dispute " + e.disputeId()
                    + ".").source(e.disputeId()));
        }
        if (event instanceof EvidenceRequested e) {
            return List.of(TimelineFact.of(e.studentId(), e.requestedAt(), "An admin asked for evidence on dispute "
                    + e.disputeId() + ".").source(e.disputeId()).figure("question", e.question()));
        }
        if (event instanceof EvidenceAdded e) {
            return List.of(TimelineFact.of(e.studentId(), e.addedAt(), "Evidence was added to dispute "
                    + e.disputeId() + (e.byAdmin() ? " by an admin." : " by the family.")).source(e.disputeId()));
        }
        if (event instanceof DisputeUpheld e) {
            String correction = e.amount() != null ? e.amount() + " coins credited"
                    : "entry " + e.ledgerEntryId() + " reversed";
            return List.of(TimelineFact.of(e.studentId(), e.decidedAt(), "Dispute " + e.disputeId() + " was upheld ("
                    + correction + " by entry " + e.correctionEntryId() + ").").source(e.disputeId())
                    .figure("reason", e.reason()));
        }
        if (event instanceof DisputeRejected e) {
            return List.of(TimelineFact.of(e.studentId(), e.decidedAt(), "Dispute " + e.disputeId()
                    + " was rejected.").source(e.disputeId()).figure("reason", e.reason()));
        }
        return List.of();
    }
}
