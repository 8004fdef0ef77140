package uz.daftar.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Search over the activity index, for admins and analysts: documents by student, type, game, olympiad, skill,
 * verdict, region, age band, time range, coin amounts and free text over the descriptions, newest first, paged with
 * search-after. Aggregations are {@link ActivityAnalytics}.
 */
@Component
public class ActivitySearch {

    private final ElasticsearchClient elasticsearch;

    ActivitySearch(ElasticsearchClient elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    @SuppressWarnings("rawtypes")
    public Page search(Criteria criteria, int size, After after) {
        try {
            SearchResponse<Map> response = elasticsearch.search(s -> {
                s.index(ActivityIndexer.INDEX_ALIAS).query(criteria.query()).size(size)
                        .trackTotalHits(t -> t.enabled(true))
                        .sort(o -> o.field(f -> f.field("occurredAt").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("eventId").order(SortOrder.Asc)));
                if (after != null) {
                    s.searchAfter(FieldValue.of(after.occurredAtMillis()), FieldValue.of(after.eventId()));
                }
                return s;
            }, Map.class);
            List<Map<String, Object>> documents = new ArrayList<>();
            After next = null;
            for (Hit<Map> hit : response.hits().hits()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> source = hit.source();
                documents.add(source);
                next = new After(hit.sort().get(0).longValue(), hit.sort().get(1).stringValue());
            }
            long total = response.hits().total() == null ? documents.size() : response.hits().total().value();
            return new Page(total, documents, documents.size() == size ? next : null);
        } catch (IOException e) {
            throw new UncheckedIOException("the activity index cannot be searched", e);
        }
    }

    private static Query query(Criteria c) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "region", c.region());
        term(bool, "ageBand", c.ageBand());
        term(bool, "studentId", c.studentId());
        term(bool, "type", c.type());
        term(bool, "game", c.game());
        term(bool, "olympiadId", c.olympiadId());
        term(bool, "skill", c.skill());
        term(bool, "verdict", c.verdict());
        if (c.from() != null || c.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("occurredAt");
                if (c.from() != null) {
                    d.gte(c.from().toString());
                }
                if (c.to() != null) {
                    d.lt(c.to().toString());
                }
                return d;
            })));
        }
        if (c.minCoins() != null || c.maxCoins() != null) {
            bool.filter(f -> f.range(r -> r.number(n -> {
                n.field("coins");
                if (c.minCoins() != null) {
                    n.gte(c.minCoins().doubleValue());
                }
                if (c.maxCoins() != null) {
                    n.lte(c.maxCoins().doubleValue());
                }
                return n;
            })));
        }
        if (c.text() != null && !c.text().isBlank()) {
            bool.must(m -> m.match(t -> t.field("description").query(c.text())));
        }
        return bool.build()._toQuery();
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }

    /** What to look for; every criterion left null matches everything. */
    public record Criteria(String studentId, String type, String game, String olympiadId, String skill,
                           String verdict, String region, String ageBand, Instant from, Instant to, Long minCoins,
                           Long maxCoins, String text) {

        /**
         * Activity from {@code from} to {@code to} (either may be null), of one document type, region and age band
         * where given.
         */
        public static Criteria analytics(Instant from, Instant to, String type, String region, String ageBand) {
            return new Criteria(null, type, null, null, null, null, region, ageBand, from, to, null, null, null);
        }

        Query query() {
            return ActivitySearch.query(this);
        }
    }

    /** Where the next page starts: after the document at this time with this event id. */
    public record After(long occurredAtMillis, String eventId) {
    }

    /** One page of documents, newest first, with the total that match and where the next page starts (null: none). */
    public record Page(long total, List<Map<String, Object>> documents, After next) {
    }
}
