package uz.daftar.platform.deadletter;

/**
 * What retrying one parked sequence did.
 *
 * @param succeeded every letter of the sequence was handled and left the queue
 * @param remaining letters still parked in the sequence: the one that failed again and those behind it (or all of
 *                  them, when another instance was processing the sequence already)
 */
public record RetryView(String processor, String sequenceIdentifier, boolean succeeded, long remaining) {
}
