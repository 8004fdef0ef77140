package uz.daftar.query.coins;

import uz.daftar.projections.coins.LedgerEntryRow;

import java.time.Instant;
import java.util.List;

/** A student's coins: balance, coins on hold, and the entries that explain them. */
public record LedgerView(String studentId, long balance, long held, List<Entry> entries) {

    /**
     * One movement. {@code source} is the learning event an award came from (or an adjustment's evidence);
     * {@code balanceAfter} is the wallet balance once it was recorded (null when the wallet was not touched).
     */
    public record Entry(String entryId, String kind, long amount, long walletDelta, String debitAccount,
                        String creditAccount, Long balanceAfter, String source, String ruleVersion,
                        String holdId, String reversedEntryId, String reason, String actorId, Instant occurredAt) {

        public static Entry of(LedgerEntryRow row) {
            return new Entry(row.entryId(), row.kind(), row.amount(), row.walletDelta(), row.debitAccount(),
                    row.creditAccount(), row.balanceAfter(), row.sourceEventId(), row.ruleVersion(), row.holdId(),
                    row.reversedEntryId(), row.reason(), row.actorId(), row.occurredAt());
        }
    }
}
