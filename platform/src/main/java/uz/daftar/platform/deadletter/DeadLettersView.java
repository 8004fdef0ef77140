package uz.daftar.platform.deadletter;

import java.util.List;

/**
 * The dead letters of one processor.
 *
 * @param sequences how many sequences are parked
 * @param letters   how many letters they hold together
 * @param parked    the sequences, least recently touched first, as many as asked for
 */
public record DeadLettersView(String processor, long sequences, long letters, List<DeadLetterSequenceView> parked) {
}
