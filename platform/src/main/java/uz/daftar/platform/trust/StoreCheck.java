package uz.daftar.platform.trust;

/**
 * Whether the store still holds a receipt's event as the receipt shows it.
 *
 * @param unchanged the row hashes to the receipt's event hash at the same global index, and both chains still link
 *                  it with that hash
 * @param kind      {@code null} when unchanged; else {@link Finding.Kind#DELETED}, {@link Finding.Kind#EDITED},
 *                  {@link Finding.Kind#REORDERED} or {@link Finding.Kind#CHAIN_BROKEN} (a chain no longer links the
 *                  event as the receipt says)
 */
public record StoreCheck(boolean unchanged, Finding.Kind kind, String detail) {

    static StoreCheck intact() {
        return new StoreCheck(true, null, "the store holds the event unchanged, linked as the receipt shows");
    }

    static StoreCheck changed(Finding.Kind kind, String detail) {
        return new StoreCheck(false, kind, detail);
    }
}
