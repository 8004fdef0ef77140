package uz.daftar.events.coins;

/**
 * The accounts of the double-entry coin ledger. Every coin movement debits one account and credits another by the
 * same amount, so the sum of all balances is always zero: coins enter through {@link #ISSUANCE} (which goes
 * negative as coins are issued) and leave through {@link #SPENDING}.
 */
public final class LedgerAccounts {

    /** Where awarded and adjusted-in coins come from. */
    public static final String ISSUANCE = "platform:issuance";
    /** Where spent and adjusted-out coins go. */
    public static final String SPENDING = "platform:spending";

    private LedgerAccounts() {
    }

    /** The student's spendable wallet; never below zero. */
    public static String wallet(String studentId) {
        return "wallet:" + studentId;
    }

    /** Coins of the student held for a purpose (e.g. an olympiad fee) until captured or released. */
    public static String escrow(String studentId) {
        return "escrow:" + studentId;
    }
}
