package uz.daftar.platform.trust;

/**
 * The verdict on a receipt checked offline: valid, or the first problem found, in the order of docs/RECEIPTS.md.
 *
 * @param eventId the event the receipt is for, when it could be read
 */
public record ReceiptCheck(boolean valid, Problem problem, String reason, String eventId) {

    public enum Problem {
        /** Not a {@link Receipt#FORMAT} receipt, or a field is missing or not of its encoding. */
        FORMAT,
        /** The receipt names another verify key than the one the verifier trusts. */
        KEY,
        /** The checkpoint's signature does not verify with the trusted key. */
        CHECKPOINT_SIGNATURE,
        /** The event's fields do not hash to the receipt's event hash. */
        EVENT_HASH,
        /** The readable {@code decodedPayload} is not what the payload bytes decode to. */
        DECODED_PAYLOAD,
        /** The link in the child's chain does not follow from its previous chain hash and the event. */
        STUDENT_LINK,
        /** The proof has not as many links as lie between the event and the checkpoint. */
        PROOF_INCOMPLETE,
        /** Folding the proof does not end in the checkpoint's global index and chain hash. */
        PROOF_MISMATCH
    }

    static ReceiptCheck valid(String eventId, long checkpoint) {
        return new ReceiptCheck(true, null, "the event is in the store chain under signed checkpoint " + checkpoint,
                eventId);
    }

    static ReceiptCheck invalid(Problem problem, String reason, String eventId) {
        return new ReceiptCheck(false, problem, reason, eventId);
    }
}
