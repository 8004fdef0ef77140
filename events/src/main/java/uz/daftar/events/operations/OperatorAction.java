package uz.daftar.events.operations;

/** What an operator can do to the running platform; each is recorded as an {@link OperatorActed} event. */
public enum OperatorAction {
    /** One parked dead-letter sequence handled again. */
    DEAD_LETTER_RETRIED,
    /** Every parked sequence of a processor handled again. */
    DEAD_LETTERS_RETRIED,
    /** A parked sequence's letters dropped, with a reason. */
    DEAD_LETTER_EVICTED,
    /** A read model's processor reset and replayed from the first event. */
    REPLAY_STARTED,
    /** A new version of a read model started building beside the live one. */
    REBUILD_STARTED,
    /** A rebuild given up before its cut-over; the live version stays. */
    REBUILD_CANCELLED,
    /** Readers switched from the live version of a read model to its rebuilt one. */
    CUT_OVER,
    /** Readers switched back to the version a cut-over replaced. */
    ROLLED_BACK
}
