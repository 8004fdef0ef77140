package uz.daftar.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

public record AbandonAttemptCommand(String attemptId, String studentId, Instant abandonedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.attempt(attemptId);
    }
}
