package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;

import java.time.Instant;

/** Open an olympiad to registration. */
public record PublishOlympiadCommand(String olympiadId, String adminId, Instant publishedAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.olympiad(olympiadId);
    }
}
