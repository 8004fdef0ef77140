package uz.daftar.query.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uz.daftar.projections.ReadModels;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Pushes live views (olympiad standings, leaderboards, a student's dashboard) to subscribers. A subscriber gets the
 * current view when it subscribes; then one shared thread looks at the read models' positions every
 * {@code daftar.query.live-poll-interval} (each read model once per look) and, when the position of a feed's read
 * models moved past what its subscribers have seen, reads the feed once and sends each subscriber the view as that
 * subscriber is shown it, if it differs from what it got last. Feeds nobody watches are never read; a subscriber that
 * cannot be sent to is dropped.
 */
@Component
class LivePublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LivePublisher.class);

    private final ToLongFunction<ReadModels> positions;
    private final Duration interval;
    private final Duration streamTimeout;
    private final Map<Object, Set<Subscriber<?>>> subscribers = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;

    @Autowired
    LivePublisher(Consistency consistency, @Value("${daftar.query.live-poll-interval:PT1S}") Duration interval,
                  @Value("${daftar.query.live-stream-timeout:PT30M}") Duration streamTimeout) {
        this(readModel -> consistency.watermark(readModel).position(), interval, streamTimeout);
    }

    LivePublisher(ToLongFunction<ReadModels> positions, Duration interval, Duration streamTimeout) {
        this.positions = positions;
        this.interval = interval;
        this.streamTimeout = streamTimeout;
    }

    /**
     * A server-sent-event stream of the feed as {@code present} shows it to the caller, events named {@code event}
     * with the position they were read at as id: one on connecting, then one whenever what the caller sees changed.
     * Ends after {@code daftar.query.live-stream-timeout}; clients reconnect.
     */
    <R> SseEmitter stream(LiveFeed<R> feed, Function<R, ?> present, String event) throws IOException {
        SseEmitter emitter = new SseEmitter(streamTimeout.toMillis());
        Runnable unsubscribe = subscribe(feed, present, new SseLiveSink(emitter, event));
        emitter.onCompletion(unsubscribe);
        emitter.onError(error -> unsubscribe.run());
        emitter.onTimeout(() -> {
            unsubscribe.run();
            emitter.complete();
        });
        return emitter;
    }

    /**
     * Sends the feed's current view as {@code present} shows it to this subscriber, then keeps sending changes until
     * the returned action is run. Throws, and subscribes nothing, when the first send fails.
     */
    <R> Runnable subscribe(LiveFeed<R> feed, Function<R, ?> present, LiveSink sink) throws IOException {
        Subscriber<R> subscriber = new Subscriber<>(feed, present, sink);
        long position = position(feed, new EnumMap<>(ReadModels.class));
        subscriber.publish(feed.read(), position);
        subscribers.compute(feed.key(), (key, watching) -> {
            Set<Subscriber<?>> all = watching == null ? ConcurrentHashMap.newKeySet() : watching;
            all.add(subscriber);
            return all;
        });
        return () -> unsubscribe(subscriber);
    }

    /** One look at the positions, and the sends it calls for. */
    void tick() {
        if (subscribers.isEmpty()) {
            return;
        }
        Map<ReadModels, Long> looked = new EnumMap<>(ReadModels.class);
        subscribers.forEach((key, watching) -> {
            List<Subscriber<?>> behind = watching.stream()
                    .filter(subscriber -> subscriber.seen < position(subscriber.feed, looked)).toList();
            if (!behind.isEmpty()) {
                publish(key, behind, position(behind.get(0).feed, looked));
            }
        });
    }

    int subscriberCount(Object key) {
        Set<Subscriber<?>> watching = subscribers.get(key);
        return watching == null ? 0 : watching.size();
    }

    /** The least position among the feed's read models, each looked at once per tick. */
    private long position(LiveFeed<?> feed, Map<ReadModels, Long> looked) {
        return feed.readModels().stream()
                .mapToLong(readModel -> looked.computeIfAbsent(readModel, positions::applyAsLong))
                .min().orElseThrow();
    }

    private void publish(Object key, List<Subscriber<?>> behind, long position) {
        Object view;
        try {
            view = behind.get(0).feed.read();
        } catch (RuntimeException e) {
            log.warn("Cannot read the live feed {}; trying again at the next poll", key, e);
            return;
        }
        for (Subscriber<?> subscriber : behind) {
            try {
                subscriber.publishRead(view, position);
            } catch (IOException | RuntimeException e) {
                unsubscribe(subscriber);
                subscriber.close();
            }
        }
    }

    private void unsubscribe(Subscriber<?> subscriber) {
        subscribers.computeIfPresent(subscriber.feed.key(), (key, watching) -> {
            watching.remove(subscriber);
            return watching.isEmpty() ? null : watching;
        });
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "live-publisher");
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
            log.warn("Live poll failed; trying again at the next one", e);
        }
    }

    private static final class Subscriber<R> {
        private final LiveFeed<R> feed;
        private final Function<R, ?> present;
        private final LiveSink sink;
        private volatile long seen = Long.MIN_VALUE;
        private Object lastSent;

        Subscriber(LiveFeed<R> feed, Function<R, ?> present, LiveSink sink) {
            this.feed = feed;
            this.present = present;
            this.sink = sink;
        }

        /** A view read by a feed with this subscriber's key, so of this subscriber's type. */
        @SuppressWarnings("unchecked")
        void publishRead(Object view, long position) throws IOException {
            publish((R) view, position);
        }

        void publish(R view, long position) throws IOException {
            Object shown = present.apply(view);
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
                log.debug("A live subscriber was already closed", e);
            }
        }
    }
}
