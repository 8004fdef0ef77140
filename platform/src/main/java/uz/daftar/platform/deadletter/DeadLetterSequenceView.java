package uz.daftar.platform.deadletter;

import java.util.List;

/**
 * One parked sequence of a processor: for the student-sequenced processors, one student's events from the first
 * that failed on, in order.
 *
 * @param size    how many letters the sequence holds
 * @param letters the first of them, at most {@value DeadLetters#LETTERS_SHOWN}
 */
public record DeadLetterSequenceView(String processor, String sequenceIdentifier, long size,
                                     List<DeadLetterView> letters) {
}
