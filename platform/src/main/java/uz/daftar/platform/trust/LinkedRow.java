package uz.daftar.platform.trust;

/**
 * One link of a chain with what the store holds for its event now.
 *
 * @param link      the link
 * @param row       the stored event, {@code null} if the store no longer has it
 * @param storeLink the event's link in the store chain, {@code null} if the store chain does not link it
 */
record LinkedRow(ChainLink link, StoredEvent row, ChainLink storeLink) {
}
