package uz.daftar.events.olympiad;

/**
 * One question of an olympiad as its author set it: the id answers refer to, the points a correct answer earns
 * and the answer key. An answer is correct iff it equals the key after trimming and ignoring case.
 */
public record OlympiadQuestion(String questionId, int points, String answerKey) {
}
