package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

public record AppointCentreAdminCommand(String centreId, String adminId, Instant appointedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.centre(centreId);
    }
}
