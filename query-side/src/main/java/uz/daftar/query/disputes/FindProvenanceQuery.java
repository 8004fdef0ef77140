package uz.daftar.query.disputes;

/** What an admin needs to decide a dispute: the disputed entry, where it came from and the ledger around it. */
public record FindProvenanceQuery(String disputeId, int around) {
}
