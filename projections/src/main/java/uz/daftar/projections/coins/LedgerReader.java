package uz.daftar.projections.coins;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the coin ledger: a student's entries in order, and the balance of every account. */
@Component
public class LedgerReader {

    private static final RowMapper<LedgerEntryRow> ROW = (rs, row) -> new LedgerEntryRow(rs.getString("student_id"),
            rs.getString("entry_id"), rs.getLong("seq"), rs.getString("kind"), rs.getLong("amount"),
            rs.getLong("wallet_delta"), rs.getString("debit_account"), rs.getString("credit_account"),
            (Long) rs.getObject("balance_after"), rs.getString("source_event_id"), rs.getString("source_type"),
            rs.getString("rule_version"), rs.getString("hold_id"), rs.getString("reversed_entry_id"),
            rs.getString("reason"), rs.getString("actor_id"), rs.getTimestamp("occurred_at").toInstant());

    private final JdbcTemplate jdbc;

    LedgerReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The student's entries, oldest first, at most {@code limit} of the newest. */
    public List<LedgerEntryRow> entries(String studentId, int limit) {
        return jdbc.query("SELECT * FROM (SELECT * FROM ledger_entry WHERE student_id = ? ORDER BY seq DESC LIMIT ?) "
                + "newest ORDER BY seq", ROW, studentId, limit);
    }

    /**
     * The student's entries that happened from {@code from} (included) to {@code to} (excluded), in the wallet's
     * order; at most {@code limit}.
     */
    public List<LedgerEntryRow> between(String studentId, Instant from, Instant to, int limit) {
        return jdbc.query("SELECT * FROM ledger_entry WHERE student_id = ? AND occurred_at >= ? AND occurred_at < ? "
                + "ORDER BY seq LIMIT ?", ROW, studentId, Timestamp.from(from), Timestamp.from(to), limit);
    }

    /**
     * The wallet balance as the newest wallet entry that happened before {@code at} left it (0 before the first):
     * the balance a statement for a period ending at {@code at} closes with.
     */
    public long walletBalanceBefore(String studentId, Instant at) {
        return jdbc.queryForList("SELECT balance_after FROM ledger_entry WHERE student_id = ? AND occurred_at < ? "
                + "AND balance_after IS NOT NULL ORDER BY seq DESC LIMIT 1", Long.class, studentId,
                Timestamp.from(at)).stream().findFirst().orElse(0L);
    }

    /** One entry of the student's ledger. */
    public java.util.Optional<LedgerEntryRow> entry(String studentId, String entryId) {
        return jdbc.query("SELECT * FROM ledger_entry WHERE student_id = ? AND entry_id = ?", ROW, studentId, entryId)
                .stream().findFirst();
    }

    /** The id of the event that recorded the entry of the student's ledger. */
    public java.util.Optional<String> eventOf(String studentId, String entryId) {
        return jdbc.queryForList("SELECT event_id FROM ledger_entry WHERE student_id = ? AND entry_id = ? "
                + "AND event_id IS NOT NULL", String.class, studentId, entryId).stream().findFirst();
    }

    /** The student's entries around one place of their wallet's order: up to {@code n} before and {@code n} after. */
    public List<LedgerEntryRow> around(String studentId, long seq, int n) {
        return jdbc.query("""
                (SELECT * FROM ledger_entry WHERE student_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?)
                UNION ALL
                (SELECT * FROM ledger_entry WHERE student_id = ? AND seq > ? ORDER BY seq LIMIT ?)
                ORDER BY seq
                """, ROW, studentId, seq, n, studentId, seq, n);
    }

    /** The student's wallet balance: the balance after the newest entry that touched the wallet. */
    public long walletBalance(String studentId) {
        return jdbc.queryForList("SELECT balance_after FROM ledger_entry WHERE student_id = ? "
                + "AND balance_after IS NOT NULL ORDER BY seq DESC LIMIT 1", Long.class, studentId)
                .stream().findFirst().orElse(0L);
    }

    /** Coins of the student on hold: what went into escrow and was not captured or released. */
    public long held(String studentId) {
        String escrow = "escrow:" + studentId;
        return jdbc.queryForObject("SELECT coalesce(sum(CASE WHEN credit_account = ? THEN amount ELSE -amount END), 0) "
                + "FROM ledger_entry WHERE student_id = ? AND (credit_account = ? OR debit_account = ?)",
                Long.class, escrow, studentId, escrow, escrow);
    }

    /**
     * Every account's balance (credits minus debits) over the whole ledger. Double entry means they sum to zero;
     * wallets and escrows never go below it.
     */
    public Map<String, Long> accountBalances() {
        Map<String, Long> balances = new TreeMap<>();
        jdbc.query("""
                SELECT account, sum(delta) AS balance FROM (
                    SELECT credit_account AS account, amount AS delta FROM ledger_entry WHERE credit_account IS NOT NULL
                    UNION ALL
                    SELECT debit_account, -amount FROM ledger_entry WHERE debit_account IS NOT NULL) legs
                GROUP BY account
                """, rs -> {
            balances.put(rs.getString("account"), rs.getLong("balance"));
        });
        return balances;
    }
}
