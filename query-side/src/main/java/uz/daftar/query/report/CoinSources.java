package uz.daftar.query.report;

import uz.daftar.projections.coins.LedgerEntryRow;
import uz.daftar.projections.timeline.Words;

/** Where a ledger entry's coins came from or went to, in the words a parent reads. */
final class CoinSources {

    private CoinSources() {
    }

    static String describe(LedgerEntryRow entry) {
        return switch (entry.kind()) {
            case "AWARD" -> "Earned for " + Words.cause(entry.sourceType()) + " (" + entry.sourceType() + ", rule "
                    + entry.ruleVersion() + ")";
            case "PRIZE" -> entry.reason() + " (rule " + entry.ruleVersion() + ")";
            case "AWARD_CAPPED" -> "No coins: " + entry.reason() + " (rule " + entry.ruleVersion() + ")";
            case "SPEND" -> "Spent on " + entry.reason();
            case "HOLD" -> "Put on hold for " + entry.reason();
            case "HOLD_CAPTURED" -> "Held coins used (hold " + entry.holdId() + ")";
            case "HOLD_RELEASED" -> "Held coins returned (hold " + entry.holdId() + ")";
            case "HOLD_EXPIRED" -> "Hold expired, coins returned (hold " + entry.holdId() + ")";
            case "REVERSAL" -> "Correction by an administrator, reversing entry " + entry.reversedEntryId() + ": "
                    + entry.reason();
            case "ADJUSTMENT" -> "Correction by an administrator: " + entry.reason();
            default -> entry.kind();
        };
    }
}
