package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Cancel an olympiad before its start window opens. */
public record CancelOlympiadCommand(String olympiadId, String reason, String adminId, Instant cancelledAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.olympiad(olympiadId);
    }
}
