package uz.daftar.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;
import java.util.Map;

/** Finish an attempt; a typing exercise reports its typing figures, other activities leave them null. */
public record CompleteAttemptCommand(String attemptId, String studentId, Integer wordsPerMinute,
                                     Integer accuracyPercent, Map<String, Integer> keyErrors, Instant completedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.attempt(attemptId);
    }
}
