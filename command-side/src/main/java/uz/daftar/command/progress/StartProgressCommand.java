package uz.daftar.command.progress;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Start a student's progress; sent when the student is registered. */
public record StartProgressCommand(String studentId, String timeZone, Instant startedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.progress(studentId);
    }
}
