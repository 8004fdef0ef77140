package uz.daftar.command.disputes;

/** How an upheld dispute corrects the ledger: always by a new entry, never by an edit. */
public enum Correction {
    /** An admin adjustment crediting the student's wallet with the decided amount. */
    CREDIT,
    /** A reversal of the disputed ledger entry. */
    REVERSAL;

    /** The ledger entry id of a dispute's correction: one per dispute, so a retry or a replay never pays twice. */
    public static String entryId(String disputeId) {
        return "dispute:" + disputeId;
    }
}
