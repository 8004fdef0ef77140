package uz.daftar.platform.trust;

/**
 * The first problem of one chain, or of one checkpoint.
 *
 * @param studentId   the student whose chain it is; {@code null} for the store chain and checkpoints
 * @param position    the link's position in its chain (for {@link Kind#INSERTED}: where the event would have been)
 * @param eventId     the event at fault
 * @param globalIndex the event's global index as the chain recorded it (for {@link Kind#INSERTED}: in the store)
 */
public record Finding(Kind kind, String studentId, Long position, String eventId, Long globalIndex, String detail) {

    /** A finding at a link: on the store chain ({@code studentId} null) or a student's. */
    static Finding at(Kind kind, ChainLink link, String detail) {
        return new Finding(kind, ChainLink.STORE.equals(link.chainId()) ? null : link.chainId(), link.position(),
                link.eventId(), link.globalIndex(), detail);
    }

    public enum Kind {
        /** The event is in the store, but its stored bytes differ from the ones linked. */
        EDITED,
        /** The chain links an event the store no longer has. */
        DELETED,
        /** The store has an event the chain does not link, before the chain's last linked event. */
        INSERTED,
        /** The event is in the store with the same bytes, but at another global index than the one linked. */
        REORDERED,
        /** The chain's own rows do not chain up: a link was edited, removed or added. */
        CHAIN_BROKEN,
        /** A checkpoint's signature fails, or the store chain no longer has the head it signed. */
        CHECKPOINT_INVALID
    }
}
