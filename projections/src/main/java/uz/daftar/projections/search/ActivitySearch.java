package uz.daftar.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search and analytics over the activity index, for admins and analysts: documents by student, type, game,
 * olympiad, skill, verdict, time range, coin amounts and free text over the descriptions, newest first, paged with
 * search-after; active students per day; documents counted by a field.
 */
@Component
public class ActivitySearch {

    /** The fields activity can be counted by. */
    public static final Set<String> COUNTABLE = Set.of("type", "skill", "game", "verdict", "activity", "olympiadId");
    /** Distinct students are counted exactly up to this many per bucket, approximately (HyperLogLog) above it. */
    public static final int EXACT_DISTINCT_UP_TO = 40_000;

    private final ElasticsearchClient elasticsearch;

    ActivitySearch(ElasticsearchClient elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    @SuppressWarnings("rawtypes")
    public Page search(Criteria criteria, int size, After after) {
        try {
            SearchResponse<Map> response = elasticsearch.search(s -> {
                s.index(ActivityIndexer.INDEX_ALIAS).query(query(criteria)).size(size)
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

    /** Distinct students with any activity per day of {@code zone}, from {@code from} to {@code to}. */
    public List<DayCount> activeStudentsPerDay(Instant from, Instant to, ZoneId zone) {
        try {
            SearchResponse<Void> response = elasticsearch.search(s -> s.index(ActivityIndexer.INDEX_ALIAS).size(0)
                    .query(query(Criteria.between(from, to)))
                    .aggregations("days", a -> a.dateHistogram(h -> h.field("occurredAt")
                                    .calendarInterval(CalendarInterval.Day).timeZone(zone.getId()).minDocCount(1))
                            .aggregations("students", c -> c.cardinality(card -> card.field("studentId")
                                    .precisionThreshold(EXACT_DISTINCT_UP_TO)))), Void.class);
            List<DayCount> days = new ArrayList<>();
            for (DateHistogramBucket bucket : response.aggregations().get("days").dateHistogram().buckets().array()) {
                days.add(new DayCount(Instant.ofEpochMilli(bucket.key()).atZone(zone).toLocalDate(),
                        bucket.aggregations().get("students").cardinality().value(), bucket.docCount()));
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException("the activity index cannot be searched", e);
        }
    }

    /** Documents from {@code from} to {@code to} counted by one of the {@link #COUNTABLE} fields, most first. */
    public Map<String, Long> countsBy(String field, Instant from, Instant to) {
        if (!COUNTABLE.contains(field)) {
            throw new IllegalArgumentException("activity cannot be counted by " + field);
        }
        try {
            SearchResponse<Void> response = elasticsearch.search(s -> s.index(ActivityIndexer.INDEX_ALIAS).size(0)
                    .query(query(Criteria.between(from, to)))
                    .aggregations("by", a -> a.terms(t -> t.field(field).size(100))), Void.class);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (StringTermsBucket bucket : response.aggregations().get("by").sterms().buckets().array()) {
                counts.put(bucket.key().stringValue(), bucket.docCount());
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("the activity index cannot be searched", e);
        }
    }

    private static Query query(Criteria c) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
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
                           String verdict, Instant from, Instant to, Long minCoins, Long maxCoins, String text) {

        static Criteria between(Instant from, Instant to) {
            return new Criteria(null, null, null, null, null, null, from, to, null, null, null);
        }
    }

    /** Where the next page starts: after the document at this time with this event id. */
    public record After(long occurredAtMillis, String eventId) {
    }

    /** One page of documents, newest first, with the total that match and where the next page starts (null: none). */
    public record Page(long total, List<Map<String, Object>> documents, After next) {
    }

    /** Distinct active students and documents on one day. */
    public record DayCount(LocalDate day, long activeStudents, long documents) {
    }
}
