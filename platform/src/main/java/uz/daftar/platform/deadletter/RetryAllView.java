package uz.daftar.platform.deadletter;

import java.util.List;

/**
 * What retrying every parked sequence of a processor did.
 *
 * @param remaining letters of the processor still parked afterwards
 */
public record RetryAllView(String processor, List<RetryView> sequences, long remaining) {
}
