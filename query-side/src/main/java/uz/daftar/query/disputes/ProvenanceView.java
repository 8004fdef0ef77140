package uz.daftar.query.disputes;

import uz.daftar.query.coins.LedgerView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The provenance of a disputed entry: the entry (null for a missing award, or before the ledger shows it), the
 * learning event it came from and the rule version, every timeline event about that source (the answer, the game
 * score and its plausibility verdict, the award...), the verdict itself when the source is a game score, and the
 * student's ledger entries around the disputed one (the newest ones for a missing award).
 */
public record ProvenanceView(DisputeView dispute, LedgerView.Entry entry, String sourceEventId, String ruleVersion,
                             Verdict plausibility, List<Related> relatedEvents, List<LedgerView.Entry> ledgerAround) {

    /** A plausibility verdict on a game score: {@code ScoreAccepted} or {@code ScoreQuarantined}, under a rule. */
    public record Verdict(String verdict, String ruleVersion, Map<String, Object> figures) {
    }

    /** A timeline event about the source, in plain words. */
    public record Related(String eventId, String kind, String description, String ruleVersion, Instant occurredAt) {
    }
}
