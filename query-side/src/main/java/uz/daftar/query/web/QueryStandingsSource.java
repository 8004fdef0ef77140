package uz.daftar.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uz.daftar.projections.ReadModels;
import uz.daftar.query.olympiad.FindStandingsQuery;
import uz.daftar.query.olympiad.StandingsView;

/** The standings as the app reads them: the processor's watermark and {@link FindStandingsQuery}. */
@Component
class QueryStandingsSource implements StandingsSource {

    private final Consistency consistency;
    private final QueryGateway queries;

    QueryStandingsSource(Consistency consistency, QueryGateway queries) {
        this.consistency = consistency;
        this.queries = queries;
    }

    @Override
    public long position() {
        return consistency.watermark(ReadModels.OLYMPIAD_STANDINGS).position();
    }

    @Override
    public StandingsView standings(String olympiadId, int limit) {
        return queries.query(new FindStandingsQuery(olympiadId, limit), ResponseTypes.instanceOf(StandingsView.class))
                .join();
    }
}
