package uz.daftar.events.reading;

/**
 * One word of an assessed reading: the word, its accuracy (0-100, absent when omitted or not scored) and the error
 * type in the speech service's own words: None, Omission, Insertion, Mispronunciation, UnexpectedBreak,
 * MissingBreak, Monotone.
 */
public record ReadingWord(String word, Double accuracy, String errorType) {
}
