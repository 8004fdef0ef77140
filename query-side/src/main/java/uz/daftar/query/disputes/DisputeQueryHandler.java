package uz.daftar.query.disputes;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.coins.LedgerEntryRow;
import uz.daftar.projections.coins.LedgerReader;
import uz.daftar.projections.disputes.DisputeReader;
import uz.daftar.projections.disputes.DisputeRow;
import uz.daftar.projections.disputes.DisputeStepRow;
import uz.daftar.projections.timeline.TimelineEntry;
import uz.daftar.projections.timeline.TimelineReader;
import uz.daftar.query.coins.LedgerView;

import java.util.List;
import java.util.Optional;
import java.util.Set;

@Component
class DisputeQueryHandler {

    private static final Set<String> VERDICTS = Set.of("ScoreAccepted", "ScoreQuarantined");

    private final DisputeReader disputes;
    private final LedgerReader ledger;
    private final TimelineReader timeline;

    DisputeQueryHandler(DisputeReader disputes, LedgerReader ledger, TimelineReader timeline) {
        this.disputes = disputes;
        this.ledger = ledger;
        this.timeline = timeline;
    }

    @QueryHandler
    List<DisputeView> handle(FindDisputeQueueQuery query) {
        return disputes.queue(query.status(), query.limit()).stream().map(row -> view(row, List.of(), false))
                .toList();
    }

    @QueryHandler
    Optional<DisputeView> handle(FindDisputeQuery query) {
        return disputes.find(query.disputeId())
                .map(row -> view(row, disputes.steps(row.disputeId()), query.forFamily()));
    }

    @QueryHandler
    Optional<ProvenanceView> handle(FindProvenanceQuery query) {
        return disputes.find(query.disputeId()).map(row -> provenance(row, query.around()));
    }

    private ProvenanceView provenance(DisputeRow dispute, int around) {
        String studentId = dispute.studentId();
        Optional<LedgerEntryRow> entry = Optional.ofNullable(dispute.ledgerEntryId())
                .flatMap(id -> ledger.entry(studentId, id));
        String source = entry.map(LedgerEntryRow::sourceEventId).orElse(dispute.sourceEventId());
        List<TimelineEntry> related = source == null ? List.of() : timeline.about(studentId, source);
        ProvenanceView.Verdict verdict = related.stream().filter(e -> VERDICTS.contains(e.kind())).findFirst()
                .map(e -> new ProvenanceView.Verdict(e.kind(), e.ruleVersion(), e.figures())).orElse(null);
        List<LedgerEntryRow> neighbours = entry.map(e -> ledger.around(studentId, e.seq(), around))
                .orElseGet(() -> ledger.entries(studentId, around));
        return new ProvenanceView(view(dispute, disputes.steps(dispute.disputeId()), false),
                entry.map(LedgerView.Entry::of).orElse(null), source,
                entry.map(LedgerEntryRow::ruleVersion).orElse(null), verdict,
                related.stream().map(e -> new ProvenanceView.Related(e.eventId(), e.kind(), e.description(),
                        e.ruleVersion(), e.occurredAt())).toList(),
                neighbours.stream().map(LedgerView.Entry::of).toList());
    }

    private static DisputeView view(DisputeRow row, List<DisputeStepRow> steps, boolean forFamily) {
        return new DisputeView(row.disputeId(), row.studentId(), row.openedBy(), row.ledgerEntryId(),
                row.sourceEventId(), row.statement(), row.status(), forFamily ? null : row.takenBy(), row.reason(),
                row.correction(), row.amount(), row.correctionEntryId(), row.openedAt(), row.decidedAt(),
                steps.stream().map(step -> new DisputeView.Step(step.kind(),
                        forFamily && step.byAdmin() ? "admin" : step.actorId(), step.text(), step.reference(),
                        step.occurredAt())).toList());
    }

}
