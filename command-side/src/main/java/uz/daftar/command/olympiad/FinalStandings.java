package uz.daftar.command.olympiad;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uz.daftar.command.StreamIds;
import uz.daftar.events.olympiad.RankedEntry;
import uz.daftar.events.olympiad.StandingsFrozen;
import uz.daftar.events.olympiad.StandingsPageFrozen;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An olympiad's final standings (olympiad context), frozen once at its final deadline under {@link StandingsRule}:
 * the whole ranking is recorded, so that it never changes on replay, and prizes are paid from it.
 */
@Aggregate
public class FinalStandings {

    @AggregateIdentifier
    private String streamId;

    protected FinalStandings() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FreezeStandingsCommand command) {
        if (streamId != null) {
            return;
        }
        List<RankedEntry> ranked = StandingsRule.rank(command.graded(), command.prizes());
        List<List<RankedEntry>> pages = StandingsRule.pages(ranked);
        apply(new StandingsFrozen(command.olympiadId(), ranked.size(), pages.size(), StandingsRule.RANKING_V1,
                StandingsRule.PRIZES_V1, StandingsRule.digest(ranked), command.frozenAt()));
        for (int page = 0; page < pages.size(); page++) {
            apply(new StandingsPageFrozen(command.olympiadId(), page + 1, pages.get(page), StandingsRule.PRIZES_V1,
                    command.frozenAt()));
        }
    }

    @EventSourcingHandler
    void on(StandingsFrozen event) {
        streamId = StreamIds.standings(event.olympiadId());
    }
}
