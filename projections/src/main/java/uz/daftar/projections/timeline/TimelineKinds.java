package uz.daftar.projections.timeline;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The kinds of timeline entry: the type names of the events the timeline records, as in docs/EVENTS.md. */
public final class TimelineKinds {

    private static final List<Class<?>> EVENTS = Stream.of(LearnerEntries.EVENTS, PracticeEntries.EVENTS,
            GameEntries.EVENTS, ProgressEntries.EVENTS, CoinEntries.EVENTS, OlympiadEntries.EVENTS,
            SubscriptionEntries.EVENTS).flatMap(List::stream).toList();

    /** Every kind, in alphabetical order. */
    public static final Set<String> ALL = Collections.unmodifiableSet(new TreeSet<>(EVENTS.stream()
            .map(Class::getSimpleName).toList()));

    private TimelineKinds() {
    }

    /** What {@code event} says about each student it concerns; nothing for an event that concerns no student. */
    static List<TimelineFact> factsOf(Object event) {
        return Stream.of(LearnerEntries.of(event), PracticeEntries.of(event), GameEntries.of(event),
                ProgressEntries.of(event), CoinEntries.of(event), OlympiadEntries.of(event),
                SubscriptionEntries.of(event)).flatMap(List::stream).toList();
    }

    static String kindOf(Object event) {
        return event.getClass().getSimpleName();
    }
}
