package uz.daftar.query.timeline;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uz.daftar.projections.timeline.TimelineEntry;
import uz.daftar.projections.timeline.TimelineFilter;
import uz.daftar.projections.timeline.TimelineReader;

import java.util.List;
import java.util.Optional;

/** Answers {@link FindTimelineQuery}; a student whose registration the timeline does not hold has none. */
@Component
class TimelineQueryHandler {

    private final TimelineReader timeline;

    TimelineQueryHandler(TimelineReader timeline) {
        this.timeline = timeline;
    }

    @QueryHandler
    Optional<TimelineView> handle(FindTimelineQuery query) {
        if (!timeline.registered(query.studentId())) {
            return Optional.empty();
        }
        List<TimelineEntry> found = timeline.entries(query.studentId(),
                new TimelineFilter(query.from(), query.to(), query.kinds()), query.before(), query.limit() + 1);
        List<TimelineEntry> page = found.subList(0, Math.min(query.limit(), found.size()));
        String next = found.size() > query.limit() ? Cursor.of(page.get(page.size() - 1).key()) : null;
        return Optional.of(new TimelineView(query.studentId(), page.stream().map(TimelineQueryHandler::entry).toList(),
                next));
    }

    private static TimelineView.Entry entry(TimelineEntry entry) {
        return new TimelineView.Entry(entry.eventId(), entry.occurredAt(), entry.kind(), entry.description(),
                entry.ruleVersion(), entry.sourceId(), entry.figures());
    }
}
