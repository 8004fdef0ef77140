package uz.daftar.platform.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events whose next handling, in one processing group, runs inside a savepoint: each failed once without one.
 * A request is taken when the event is handled again. Requests that nobody takes (the segment moved to another
 * instance) are forgotten after an hour once many have piled up; the cost of forgetting one is one more retry.
 */
final class SavepointRequests {

    private static final int TIDY_ABOVE = 10_000;
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Map<Key, Instant> requested = new ConcurrentHashMap<>();
    private final Clock clock;

    SavepointRequests(Clock clock) {
        this.clock = clock;
    }

    void request(String processingGroup, String eventId) {
        Instant now = clock.instant();
        if (requested.size() > TIDY_ABOVE) {
            requested.values().removeIf(at -> at.isBefore(now.minus(FORGET_AFTER)));
        }
        requested.put(new Key(processingGroup, eventId), now);
    }

    boolean isRequested(String processingGroup, String eventId) {
        return requested.containsKey(new Key(processingGroup, eventId));
    }

    /** Whether the event was requested to run in a savepoint; the request is used up. */
    boolean take(String processingGroup, String eventId) {
        return requested.remove(new Key(processingGroup, eventId)) != null;
    }

    private record Key(String processingGroup, String eventId) {
    }
}
