package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A participant answered (or changed the answer to) one question before their submission and deadline. */
@Revision("1")
public record OlympiadAnswerRecorded(String olympiadId,
                                     String studentId,
                                     String questionId,
                                     String answer,
                                     Instant answeredAt) {
}
