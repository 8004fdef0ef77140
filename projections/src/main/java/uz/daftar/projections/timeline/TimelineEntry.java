package uz.daftar.projections.timeline;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a student's timeline: the event's id and time, its type ({@code kind}, with its causal rank among
 * entries of one instant), what happened in plain words,
 * the rule version the event records (if any), what it follows from or is about ({@code sourceId}: an answer id, a
 * game session, an olympiad, a hold...) and the figures it carries, by name.
 */
public record TimelineEntry(String eventId,
                            Instant occurredAt,
                            int kindRank,
                            String kind,
                            String description,
                            String ruleVersion,
                            String sourceId,
                            Map<String, Object> figures) {

    /** Where the entry stands in the newest-first order of its timeline. */
    public TimelineKey key() {
        return new TimelineKey(occurredAt, kindRank, eventId);
    }
}
