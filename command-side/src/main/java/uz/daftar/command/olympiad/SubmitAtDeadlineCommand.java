package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Submit a participation whose personal deadline has passed by {@code now}; otherwise nothing happens. */
public record SubmitAtDeadlineCommand(String olympiadId, String studentId, Instant now) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.participation(olympiadId, studentId);
    }
}
