package uz.daftar.command.learner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

public record RegisterCentreCommand(String centreId, String name, String region, Instant registeredAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.centre(centreId);
    }
}
