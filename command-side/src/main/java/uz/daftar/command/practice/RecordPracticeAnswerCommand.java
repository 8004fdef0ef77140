package uz.daftar.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.practice.PracticeActivity;

import java.time.Instant;

/** Record one answer of a practice attempt; the attempt starts with its first answer. */
public record RecordPracticeAnswerCommand(String attemptId,
                                          String answerId,
                                          String studentId,
                                          PracticeActivity activity,
                                          String itemId,
                                          String skill,
                                          String givenAnswer,
                                          boolean correct,
                                          long timeTakenMillis,
                                          Instant answeredAt,
                                          Instant recordedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.attempt(attemptId);
    }
}
