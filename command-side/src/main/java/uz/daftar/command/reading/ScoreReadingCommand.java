package uz.daftar.command.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/**
 * A teacher's (or an admin's) score of an attempt by hand. {@code allowed}: the caller teaches a class of the
 * attempt's student, or is an admin, as checked against the learner registry by the caller of the command.
 */
public record ScoreReadingCommand(String attemptId, String studentId, ReadingScores scores, String teacherId,
                                  boolean allowed, Instant scoredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.reading(attemptId);
    }
}
