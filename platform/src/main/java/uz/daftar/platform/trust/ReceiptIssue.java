package uz.daftar.platform.trust;

/**
 * What asking for a receipt gave: the receipt, or why there is none.
 *
 * @param receipt the receipt when {@link Outcome#ISSUED}, else {@code null}
 * @param detail  why there is no receipt
 */
public record ReceiptIssue(Outcome outcome, Receipt receipt, String detail) {

    public enum Outcome {
        ISSUED,
        /** The student's chain does not link that event, and it is not on its way there: unknown or not theirs. */
        UNKNOWN,
        /** The event concerns the student, but is not linked yet or no signed checkpoint covers it yet. */
        NOT_YET_COVERED,
        /** The store no longer holds the event as it was linked: no receipt is issued for a tampered event. */
        STORE_CHANGED
    }

    static ReceiptIssue issued(Receipt receipt) {
        return new ReceiptIssue(Outcome.ISSUED, receipt, null);
    }

    static ReceiptIssue refused(Outcome outcome, String detail) {
        return new ReceiptIssue(outcome, null, detail);
    }
}
