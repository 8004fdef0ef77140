package uz.daftar.query.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uz.daftar.query.olympiad.Leaderboard;
import uz.daftar.query.olympiad.StandingsDisplay;
import uz.daftar.query.olympiad.StandingsView;
import uz.daftar.query.olympiad.Viewer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pushes live standings to subscribers. A subscriber gets the current standings when it subscribes; then one
 * shared thread looks at the standings read model's position every {@code daftar.query.standings-poll-interval}
 * and, when it moved past what a subscriber has seen, reads each watched olympiad's standings once and sends every
 * subscriber of it the standings as that subscriber sees them, if they differ from what it got last. Olympiads
 * nobody watches are never read; a subscriber that cannot be sent to is dropped.
 */
@Component
class StandingsPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StandingsPublisher.class);

    private final StandingsSource source;
    private final StandingsDisplay display;
    private final Duration interval;
    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;

    StandingsPublisher(StandingsSource source, StandingsDisplay display,
                       @Value("${daftar.query.standings-poll-interval:PT1S}") Duration interval) {
        this.source = source;
        this.display = display;
        this.interval = interval;
    }

    /**
     * Sends the olympiad's first {@code limit} places as {@code viewer} sees them, then keeps sending changes until
     * the returned action is run. Throws, and subscribes nothing, when the first send fails.
     */
    Runnable subscribe(String olympiadId, int limit, Viewer viewer, StandingsSink sink) throws IOException {
        Subscriber subscriber = new Subscriber(olympiadId, limit, viewer, sink);
        long position = source.position();
        subscriber.publish(source.standings(olympiadId, limit), position);
        subscribers.compute(olympiadId, (id, watching) -> {
            Set<Subscriber> all = watching == null ? ConcurrentHashMap.newKeySet() : watching;
            all.add(subscriber);
            return all;
        });
        return () -> unsubscribe(subscriber);
    }

    /** One look at the position, and the sends it calls for. */
    void tick() {
        if (subscribers.isEmpty()) {
            return;
        }
        long position = source.position();
        subscribers.forEach((olympiadId, watching) -> {
            List<Subscriber> behind = watching.stream().filter(subscriber -> subscriber.seen < position).toList();
            if (!behind.isEmpty()) {
                publish(olympiadId, behind, position);
            }
        });
    }

    private void publish(String olympiadId, List<Subscriber> behind, long position) {
        StandingsView standings;
        try {
            standings = source.standings(olympiadId,
                    behind.stream().mapToInt(subscriber -> subscriber.limit).max().orElseThrow());
        } catch (RuntimeException e) {
            log.warn("Cannot read the standings of olympiad {}; trying again at the next poll", olympiadId, e);
            return;
        }
        for (Subscriber subscriber : behind) {
            try {
                subscriber.publish(standings, position);
            } catch (IOException | RuntimeException e) {
                unsubscribe(subscriber);
                subscriber.close();
            }
        }
    }

    int subscriberCount(String olympiadId) {
        Set<Subscriber> watching = subscribers.get(olympiadId);
        return watching == null ? 0 : watching.size();
    }

    private void unsubscribe(Subscriber subscriber) {
        subscribers.computeIfPresent(subscriber.olympiadId, (id, watching) -> {
            watching.remove(subscriber);
            return watching.isEmpty() ? null : watching;
        });
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "olympiad-standings-publisher");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::tickSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow();
        }
        subscribers.values().forEach(watching -> watching.forEach(Subscriber::close));
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("Standings poll failed; trying again at the next one", e);
        }
    }

    private final class Subscriber {
        private final String olympiadId;
        private final int limit;
        private final Viewer viewer;
        private final StandingsSink sink;
        private volatile long seen = Long.MIN_VALUE;
        private Leaderboard lastSent;

        Subscriber(String olympiadId, int limit, Viewer viewer, StandingsSink sink) {
            this.olympiadId = olympiadId;
            this.limit = limit;
            this.viewer = viewer;
            this.sink = sink;
        }

        void publish(StandingsView standings, long position) throws IOException {
            Leaderboard shown = display.leaderboard(standings, limit, viewer);
            if (!shown.equals(lastSent)) {
                sink.send(shown, position);
                lastSent = shown;
            }
            seen = position;
        }

        void close() {
            try {
                sink.close();
            } catch (RuntimeException e) {
                log.debug("A standings subscriber was already closed", e);
            }
        }
    }
}
