package uz.daftar.command.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.reading.AssessmentSettings;

import java.time.Instant;

/** Record the speech service's assessment of an attempt (sent by the reading assessment process). */
public record RecordAssessmentCommand(String attemptId, ReadingScores scores, String sdkVersion,
                                      AssessmentSettings settings, Instant assessedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.reading(attemptId);
    }
}
