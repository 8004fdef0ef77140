package uz.daftar.projections.coins;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** The only writer of {@code ledger_entry}. */
@Component
class LedgerWriter {

    private final JdbcTemplate jdbc;

    LedgerWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The entry and the id of the event that recorded it. */
    void insert(LedgerEntryRow row, String eventId) {
        jdbc.update("""
                INSERT INTO ledger_entry (student_id, entry_id, seq, kind, amount, wallet_delta, debit_account,
                    credit_account, balance_after, source_event_id, source_type, rule_version, hold_id,
                    reversed_entry_id, reason, actor_id, occurred_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (student_id, entry_id) DO NOTHING
                """, row.studentId(), row.entryId(), row.seq(), row.kind(), row.amount(), row.walletDelta(),
                row.debitAccount(), row.creditAccount(), row.balanceAfter(), row.sourceEventId(), row.sourceType(),
                row.ruleVersion(), row.holdId(), row.reversedEntryId(), row.reason(), row.actorId(),
                Timestamp.from(row.occurredAt()), eventId);
    }

    void clear() {
        jdbc.update("TRUNCATE ledger_entry");
    }
}
