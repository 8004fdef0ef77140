package uz.daftar.projections.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import uz.daftar.events.operations.OperatorAction;
import uz.daftar.platform.operations.OperatorLog;
import uz.daftar.platform.operations.ProcessorSampler;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.rebuild.RuntimeProcessors.RuntimeProcessor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blue/green rebuilds of the PostgreSQL read models while the app serves (docs/decisions/0012): a shadow processor
 * replays the whole store into a schema of its own ({@code rb_<id>}) with the newest version of the projection this
 * deployment offers, while readers and the live processor go on with the live tables. When the shadow has caught up
 * the diff can be read; an explicit cut-over swaps the tables and the tokens in one transaction, and a rollback swaps
 * back to the replaced tables, kept in {@code rb_<id>_prev} until the model's next rebuild starts.
 */
public class Rebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);
    private static final SecureRandom IDS = new SecureRandom();

    private final RebuildStore store;
    private final ShadowSchemas schemas;
    private final Diffs diffs;
    private final ProjectionVersions versions;
    private final RuntimeProcessors runtime;
    private final LiveProcessors live;
    private final ProcessorPositions positions;
    private final TransactionTemplate transaction;
    private final OperatorLog operatorLog;
    private final ProcessorSampler sampler;
    private final Clock clock;
    private final int maxConcurrent;
    private final Map<String, RuntimeProcessor> shadows = new ConcurrentHashMap<>();

    Rebuilds(RebuildStore store, ShadowSchemas schemas, Diffs diffs, ProjectionVersions versions,
             RuntimeProcessors runtime, LiveProcessors live, ProcessorPositions positions,
             TransactionTemplate transaction, OperatorLog operatorLog, ProcessorSampler sampler, Clock clock,
             int maxConcurrent) {
        this.sampler = sampler;
        this.store = store;
        this.schemas = schemas;
        this.diffs = diffs;
        this.versions = versions;
        this.runtime = runtime;
        this.live = live;
        this.positions = positions;
        this.transaction = transaction;
        this.operatorLog = operatorLog;
        this.clock = clock;
        this.maxConcurrent = maxConcurrent;
    }

    /**
     * Starts building the newest offered version of the read model into a shadow. Refused when the cap of running
     * rebuilds is reached or the model is being rebuilt already. Starting drops the replaced tables an earlier
     * cut-over of the model kept: only the latest cut-over can be rolled back.
     */
    public RebuildView start(String readModel, String reason, Caller operator) {
        ReadModels model = ReadModels.named(readModel)
                .orElseThrow(() -> new NoSuchRebuild("There is no read model " + readModel + "."));
        if (!model.rebuildable()) {
            throw new RebuildRefused("Not rebuildable", "Read model " + readModel
                    + " lives in Elasticsearch; only PostgreSQL read models are rebuilt beside the live version.");
        }
        String id = HexFormat.of().formatHex(randomBytes());
        Rebuild rebuild = transaction.execute(status -> {
            store.lockStarts();
            List<Rebuild> active = store.active();
            if (active.stream().anyMatch(running -> running.readModel() == model)) {
                throw new RebuildRefused("Already rebuilding", "Read model " + readModel
                        + " is being rebuilt already; cancel that rebuild or cut it over first.");
            }
            if (active.size() >= maxConcurrent) {
                throw new RebuildRefused("Too many rebuilds", active.size() + " rebuild(s) are running, the most"
                        + " allowed at once (daftar.rebuild.max-concurrent); wait for one to be cut over or cancel it.");
            }
            for (Rebuild earlier : store.withRetiredTables(model)) {
                schemas.drop(earlier.retiredSchema());
                store.forgetRetired(earlier);
            }
            Rebuild created = new Rebuild(id, model, versions.newest(model), store.liveVersion(model),
                    RebuildState.BUILDING, reason, operator.subject(), clock.instant(), positions.head(), null, null,
                    null, false, null);
            schemas.create(created.shadowSchema(), model.tables());
            store.insert(created);
            return created;
        });
        try {
            startShadow(rebuild);
        } catch (RuntimeException e) {
            fail(rebuild, e);
            throw e;
        }
        boolean replay = rebuild.version() == rebuild.previousVersion();
        operatorLog.record(operator, replay ? OperatorAction.REPLAY_STARTED : OperatorAction.REBUILD_STARTED,
                model.processingGroup(), reason, "rebuild " + id + " of version " + rebuild.version()
                        + " (live: " + rebuild.previousVersion() + ") up to position " + rebuild.targetHead());
        return view(rebuild);
    }

    public List<RebuildView> all() {
        return store.all().stream().map(this::view).toList();
    }

    public RebuildView get(String id) {
        return view(find(id));
    }

    /** The diff of a rebuild that has caught up; {@code limit} students at most are listed. */
    public RebuildDiff diff(String id, int limit) {
        Rebuild rebuild = find(id);
        if (rebuild.state() != RebuildState.CAUGHT_UP) {
            throw new RebuildRefused("No diff", "Rebuild " + id + " is " + rebuild.state()
                    + "; the diff is there once it has caught up and until it is cut over.");
        }
        long livePosition = positions.watermark(rebuild.readModel().processingGroup()).orElse(-1);
        long shadowPosition = positions.watermark(rebuild.processorName()).orElse(-1);
        Diffs.Found found = transaction.execute(status -> diffs.between(rebuild.readModel(), rebuild.shadowSchema(),
                limit));
        return new RebuildDiff(id, rebuild.readModel().processingGroup(), rebuild.previousVersion(),
                rebuild.version(), livePosition, shadowPosition, found.totals(), found.tables(),
                found.students().first(limit), found.truncated());
    }

    /**
     * Readers switch to the rebuilt tables at once: the shadow and the live processor stop, and in one transaction
     * the live tables retire to {@code rb_<id>_prev}, the rebuilt ones take their place, the live processor's tokens
     * become the shadow's, and the rebuilt version is recorded as live; then the live processor starts again with that
     * version, where the shadow stopped.
     */
    public synchronized RebuildView cutOver(String id, Caller operator) {
        Rebuild rebuild = find(id);
        requireState(rebuild, RebuildState.CAUGHT_UP, "cut over");
        ReadModels model = rebuild.readModel();
        RuntimeProcessor shadow = shadows.remove(id);
        if (shadow != null) {
            shadow.stop();
        }
        live.stop(model);
        try {
            transaction.executeWithoutResult(status -> {
                requireState(store.lock(id).orElseThrow(), RebuildState.CAUGHT_UP, "cut over");
                schemas.createEmpty(rebuild.retiredSchema());
                schemas.move(model.tables(), "public", rebuild.retiredSchema());
                schemas.move(model.tables(), rebuild.shadowSchema(), "public");
                schemas.drop(rebuild.shadowSchema());
                store.handOverTokens(rebuild);
                store.liveVersion(model, rebuild.version(), clock.instant());
                store.cutOver(id, clock.instant());
            });
        } catch (RuntimeException e) {
            live.start(model, rebuild.previousVersion());
            startShadow(rebuild);
            throw e;
        }
        live.start(model, rebuild.version());
        operatorLog.record(operator, OperatorAction.CUT_OVER, model.processingGroup(), rebuild.reason(),
                "rebuild " + id + ": version " + rebuild.version() + " live, version " + rebuild.previousVersion()
                        + " retired");
        return get(id);
    }

    /**
     * Readers switch back to the tables the cut-over replaced, in one transaction; the live processor goes on from
     * where they had stopped at the cut-over (catching up with what happened since), the rebuilt tables are dropped.
     */
    public synchronized RebuildView rollback(String id, Caller operator, String reason) {
        Rebuild rebuild = find(id);
        requireState(rebuild, RebuildState.CUT_OVER, "roll back");
        if (rebuild.retiredDropped()) {
            throw new RebuildRefused("Rollback impossible", "The tables rebuild " + id
                    + " replaced were dropped when a later rebuild of " + rebuild.readModel().processingGroup()
                    + " started.");
        }
        ReadModels model = rebuild.readModel();
        live.stop(model);
        try {
            transaction.executeWithoutResult(status -> {
                Rebuild locked = store.lock(id).orElseThrow();
                requireState(locked, RebuildState.CUT_OVER, "roll back");
                for (String table : model.tables()) {
                    schemas.dropTable("public", table);
                }
                schemas.move(model.tables(), rebuild.retiredSchema(), "public");
                schemas.drop(rebuild.retiredSchema());
                Instant now = clock.instant();
                store.restoreTokens(rebuild, now);
                store.liveVersion(model, rebuild.previousVersion(), now);
                store.finished(id, RebuildState.ROLLED_BACK, now, null);
            });
        } catch (RuntimeException e) {
            live.start(model, rebuild.version());
            throw e;
        }
        live.start(model, rebuild.previousVersion());
        operatorLog.record(operator, OperatorAction.ROLLED_BACK, model.processingGroup(), reason,
                "rebuild " + id + ": version " + rebuild.previousVersion() + " live again");
        return get(id);
    }

    /** Gives up a rebuild before its cut-over: the shadow stops and is dropped, readers never saw it. */
    public synchronized RebuildView cancel(String id, Caller operator, String reason) {
        Rebuild rebuild = find(id);
        if (!rebuild.state().mayBecome(RebuildState.CANCELLED)) {
            throw new RebuildRefused("Cannot cancel", "Rebuild " + id + " is " + rebuild.state()
                    + "; only a rebuild that has not been cut over can be cancelled.");
        }
        RuntimeProcessor shadow = shadows.remove(id);
        if (shadow != null) {
            shadow.stop();
        }
        transaction.executeWithoutResult(status -> {
            schemas.drop(rebuild.shadowSchema());
            store.dropTokens(rebuild.processorName());
            store.finished(id, RebuildState.CANCELLED, clock.instant(), null);
        });
        operatorLog.record(operator, OperatorAction.REBUILD_CANCELLED, rebuild.readModel().processingGroup(),
                reason, "rebuild " + id + " of version " + rebuild.version() + " dropped");
        return get(id);
    }

    /** Notes each running shadow's progress and marks those that reached their target head caught up. */
    void watch() {
        for (Map.Entry<String, RuntimeProcessor> running : shadows.entrySet()) {
            String id = running.getKey();
            try {
                Rebuild rebuild = store.find(id).orElse(null);
                if (rebuild == null) {
                    continue;
                }
                long position = positions.watermark(rebuild.processorName()).orElse(-1);
                if (rebuild.state() == RebuildState.BUILDING && position >= rebuild.targetHead()) {
                    store.caughtUp(id, clock.instant());
                    LOG.info("Rebuild {} of {} caught up at position {}", id, rebuild.readModel().processingGroup(),
                            position);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not check rebuild {}: {}", id, e.toString());
            }
        }
    }

    /**
     * After a restart: running rebuilds get their shadow processors back (they go on from their tokens), and a
     * read model whose live version is not the one its projection bean writes gets that version's processor.
     */
    void resume() {
        for (ReadModels model : ReadModels.values()) {
            int version = store.liveVersion(model);
            if (version != model.version()) {
                live.stop(model);
                live.start(model, version);
            }
        }
        for (Rebuild rebuild : store.active()) {
            try {
                startShadow(rebuild);
            } catch (RuntimeException e) {
                fail(rebuild, e);
            }
        }
    }

    void stopAll() {
        shadows.values().forEach(RuntimeProcessor::stop);
        shadows.clear();
        live.stopReplacements();
    }

    private void startShadow(Rebuild rebuild) {
        Object projection = versions.projection(rebuild.readModel(), rebuild.version())
                .orElseThrow(() -> new IllegalStateException("version " + rebuild.version() + " of "
                        + rebuild.readModel().processingGroup() + " is not offered by this deployment"));
        shadows.put(rebuild.id(), runtime.start(rebuild.processorName(), projection, rebuild.shadowSchema()));
    }

    private void fail(Rebuild rebuild, RuntimeException e) {
        LOG.error("Rebuild {} failed", rebuild.id(), e);
        RuntimeProcessor shadow = shadows.remove(rebuild.id());
        if (shadow != null) {
            shadow.stop();
        }
        transaction.executeWithoutResult(status -> {
            schemas.drop(rebuild.shadowSchema());
            store.dropTokens(rebuild.processorName());
            store.finished(rebuild.id(), RebuildState.FAILED, clock.instant(), e.toString());
        });
    }

    private Rebuild find(String id) {
        return store.find(id).orElseThrow(() -> new NoSuchRebuild("There is no rebuild " + id + "."));
    }

    private static void requireState(Rebuild rebuild, RebuildState state, String action) {
        if (rebuild.state() != state) {
            throw new RebuildRefused("Cannot " + action, "Rebuild " + rebuild.id() + " is " + rebuild.state()
                    + "; it must be " + state + " to " + action + ".");
        }
    }

    private RebuildView view(Rebuild rebuild) {
        Progress progress = null;
        if (rebuild.state().active()) {
            long position = positions.watermark(rebuild.processorName()).orElse(-1);
            progress = Progress.of(position, rebuild.targetHead(),
                    sampler.eventsPerSecond(rebuild.processorName()).orElse(0));
        }
        RuntimeProcessor shadow = shadows.get(rebuild.id());
        return new RebuildView(rebuild.id(), rebuild.readModel().processingGroup(), rebuild.version(),
                rebuild.previousVersion(), rebuild.state(), rebuild.reason(), rebuild.startedBy(),
                rebuild.startedAt(), rebuild.caughtUpAt(), rebuild.cutOverAt(), rebuild.finishedAt(), progress,
                shadow != null && shadow.failing(),
                rebuild.state() == RebuildState.CUT_OVER && !rebuild.retiredDropped(), rebuild.failure());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        IDS.nextBytes(bytes);
        return bytes;
    }
}
