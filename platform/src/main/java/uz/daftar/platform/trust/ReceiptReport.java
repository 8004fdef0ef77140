package uz.daftar.platform.trust;

/**
 * A receipt checked twice: offline (the receipt and the public key only) and against the store as it is now.
 *
 * @param receipt the offline verdict, the same as {@code VerifyReceipt} gives
 * @param store   whether the store still holds the event unchanged; {@code null} when the receipt is malformed
 */
public record ReceiptReport(ReceiptCheck receipt, StoreCheck store) {
}
