package uz.daftar.command.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.reading.ReadingAssessor;

import java.time.Instant;

/** Submit a reading aloud whose audio is already in the audio store under {@code audioRef}. */
public record SubmitReadingAttemptCommand(String attemptId, String studentId, String text, ReadingLanguage language,
                                          String audioRef, ReadingAssessor assessor, String submittedBy,
                                          Instant submittedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.reading(attemptId);
    }
}
