package uz.daftar.events.reading;

/**
 * The settings a speech service assessed a reading with, recorded so that a score can be explained later:
 * grading system (HundredMark), granularity (Phoneme, Word), miscue and prosody switches, the service locale
 * (uz-UZ, ru-RU, en-US) and the SHA-256 of the reference text as sent.
 */
public record AssessmentSettings(String gradingSystem, String granularity, boolean miscue, boolean prosody,
                                 String locale, String referenceTextSha256) {
}
