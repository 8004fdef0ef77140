package uz.daftar.command.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Record that the speech service could not assess an attempt (sent by the reading assessment process). */
public record RecordAssessmentFailureCommand(String attemptId, String kind, String message, Instant failedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.reading(attemptId);
    }
}
