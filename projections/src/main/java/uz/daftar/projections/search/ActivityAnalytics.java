package uz.daftar.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.springframework.stereotype.Component;
import uz.daftar.projections.search.ActivitySearch.Criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analytics over the activity index, for admins and analysts: distinct active students per day, overall or per
 * region or age band, and documents counted by a field.
 * <p>
 * Distinct students are counted by Elasticsearch's cardinality aggregation with the highest precision threshold it
 * supports, {@value #EXACT_DISTINCT_UP_TO}: below it, per bucket (a day, or a day and a group), the count is exact
 * but for 64-bit hash collisions (none in practice); above it, HyperLogLog++ answers within about 1-2 %. Each bucket
 * can take up to 8 bytes per student it counts on the Elasticsearch heap. Documents without the grouping field (a
 * student in no centre yet has no region, one registered before birth years were kept has no age band) are in no
 * group. The index has one shard, so terms counts are exact.
 */
@Component
public class ActivityAnalytics {

    /** The fields activity can be counted by. */
    public static final Set<String> COUNTABLE = Set.of("type", "skill", "game", "verdict", "activity", "olympiadId",
            "region", "ageBand");
    /** The fields active students can be grouped by. */
    public static final Set<String> GROUPABLE = Set.of("region", "ageBand");
    /** Distinct students are counted exactly up to this many per bucket, approximately (HyperLogLog) above it. */
    public static final int EXACT_DISTINCT_UP_TO = 40_000;
    /** At most this many values of a field are answered (by most documents). */
    public static final int MAX_VALUES = 200;

    private final ElasticsearchClient elasticsearch;

    ActivityAnalytics(ElasticsearchClient elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /** Distinct students with any activity matching {@code criteria}, per day of {@code zone}. */
    public List<DayCount> activeStudentsPerDay(Criteria criteria, ZoneId zone) {
        List<DayCount> days = new ArrayList<>();
        for (DateHistogramBucket day : days(criteria, zone, "students", distinctStudents())) {
            days.add(new DayCount(dayOf(day, zone), students(day.aggregations()), day.docCount()));
        }
        return days;
    }

    /** Distinct students with any activity matching {@code criteria}, per day of {@code zone} and value of a field. */
    public List<GroupDayCount> activeStudentsPerDayBy(String field, Criteria criteria, ZoneId zone) {
        if (!GROUPABLE.contains(field)) {
            throw new IllegalArgumentException("active students cannot be grouped by " + field);
        }
        Aggregation groups = Aggregation.of(a -> a.terms(t -> t.field(field).size(MAX_VALUES))
                .aggregations("students", distinctStudents()));
        List<GroupDayCount> counts = new ArrayList<>();
        for (DateHistogramBucket day : days(criteria, zone, "groups", groups)) {
            LocalDate date = dayOf(day, zone);
            day.aggregations().get("groups").sterms().buckets().array().stream()
                    .sorted(Comparator.comparing(bucket -> bucket.key().stringValue()))
                    .forEach(group -> counts.add(new GroupDayCount(date, group.key().stringValue(),
                            students(group.aggregations()), group.docCount())));
        }
        return counts;
    }

    /** Documents matching {@code criteria} counted by one of the {@link #COUNTABLE} fields, most first. */
    public Map<String, Long> countsBy(String field, Criteria criteria) {
        if (!COUNTABLE.contains(field)) {
            throw new IllegalArgumentException("activity cannot be counted by " + field);
        }
        SearchResponse<Void> response = search(Map.of("by", Aggregation.of(a -> a.terms(t -> t.field(field)
                .size(MAX_VALUES)))), criteria);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("by").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }

    private List<DateHistogramBucket> days(Criteria criteria, ZoneId zone, String name, Aggregation perDay) {
        Aggregation days = Aggregation.of(a -> a.dateHistogram(h -> h.field("occurredAt")
                        .calendarInterval(CalendarInterval.Day).timeZone(zone.getId()).minDocCount(1))
                .aggregations(name, perDay));
        return search(Map.of("days", days), criteria).aggregations().get("days").dateHistogram().buckets().array();
    }

    private SearchResponse<Void> search(Map<String, Aggregation> aggregations, Criteria criteria) {
        try {
            return elasticsearch.search(s -> s.index(ActivityIndexer.INDEX_ALIAS).size(0).query(criteria.query())
                    .aggregations(aggregations), Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the activity index cannot be searched", e);
        }
    }

    private static Aggregation distinctStudents() {
        return Aggregation.of(a -> a.cardinality(c -> c.field("studentId").precisionThreshold(EXACT_DISTINCT_UP_TO)));
    }

    private static long students(Map<String, Aggregate> of) {
        return of.get("students").cardinality().value();
    }

    private static LocalDate dayOf(DateHistogramBucket day, ZoneId zone) {
        return Instant.ofEpochMilli(day.key()).atZone(zone).toLocalDate();
    }

    /** Distinct active students and documents on one day. */
    public record DayCount(LocalDate day, long activeStudents, long documents) {
    }

    /** Distinct active students and documents on one day in one group (a region, an age band). */
    public record GroupDayCount(LocalDate day, String group, long activeStudents, long documents) {
    }
}
