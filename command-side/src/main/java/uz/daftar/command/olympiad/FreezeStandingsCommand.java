package uz.daftar.command.olympiad;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uz.daftar.command.StreamIds;
import uz.daftar.events.olympiad.PrizeBand;

import java.time.Instant;
import java.util.List;

/** Freeze an olympiad's standings as of its final deadline, from all its graded submissions. */
public record FreezeStandingsCommand(String olympiadId, List<StandingsRule.Graded> graded, List<PrizeBand> prizes,
                                     Instant frozenAt) {

    @TargetAggregateIdentifier
    public String streamId() {
        return StreamIds.standings(olympiadId);
    }
}
