package uz.daftar.query.coins;

/** A student's coin ledger: the newest {@code limit} entries, oldest first. */
public record FindLedgerQuery(String studentId, int limit) {
}
