package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.platform.store.ProcessorPositions;
import uz.daftar.projections.ReadModels;
import uz.daftar.projections.search.ActivityIndexer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark suite of issue 9 in one run against one local stack, every figure next to the machine's limit
 * measured in the same run:
 * <ol>
 *     <li>recorded actions per second through the HTTP API ({@link LoadGenerator}: closed loop at the maximum rate,
 *     profiled with Flight Recorder), then an open loop at a steady rate with read-your-writes lag sampled, then the
 *     olympiad's submission burst;</li>
 *     <li>the physical baseline: PostgreSQL's raw single-row insert (autocommit, one and many clients), batched insert
 *     and COPY of rows copied from the stored practice answers, and Elasticsearch's raw {@code _bulk} of documents
 *     copied from the activity index;</li>
 *     <li>the store's append ceiling: the same events appended straight to Axon's event store, in batches and one per
 *     transaction;</li>
 *     <li>full replay of the PostgreSQL read models and, separately, of the Elasticsearch activity index,
 *     profiled.</li>
 * </ol>
 * Sizes are {@code -D} settings (see docs/BENCHMARKS.md). Results go to {@code daftar.benchmark.results} as
 * {@code platform.json} and {@code platform.txt}, recordings beside them. Not a test: it asserts nothing about speed
 * and runs only with {@code -Pbenchmark}.
 */
class PlatformBenchmark {

    private static final int STUDENTS = Integer.getInteger("daftar.benchmark.load.students", 2_000);
    private static final int CLIENTS = Integer.getInteger("daftar.benchmark.load.clients", 32);
    private static final int LOAD_SECONDS = Integer.getInteger("daftar.benchmark.load.seconds", 60);
    private static final int STEADY_RATE = Integer.getInteger("daftar.benchmark.steady.rate", 1_000);
    private static final int STEADY_SECONDS = Integer.getInteger("daftar.benchmark.steady.seconds", 30);
    /** Unless set, a target above 70% of the measured maximum is lowered to that: a saturated system's lag is its queue. */
    private static final boolean STEADY_FIXED = Boolean.getBoolean("daftar.benchmark.steady.fixed");
    private static final int RYW_EVERY = Integer.getInteger("daftar.benchmark.steady.sample-every", 10);
    private static final int BASELINE_ROWS = Integer.getInteger("daftar.benchmark.baseline.rows", 100_000);
    private static final int APPEND_EVENTS = Integer.getInteger("daftar.benchmark.append.events", 50_000);
    private static final int ES_DOCUMENTS = Integer.getInteger("daftar.benchmark.baseline.documents", 100_000);
    private static final long SEED = Long.getLong("daftar.benchmark.seed", 9L);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private Path directory;

    @Test
    void suite() throws Exception {
        directory = Path.of(System.getProperty("daftar.benchmark.results", "target/benchmarks"));
        Files.createDirectories(directory);
        TestStack stack = TestStack.get();
        Profiles.postgresPort = stack.postgres.port();
        results.put("started", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20, "java", System.getProperty("java.version"),
                "loadAverageAtStart", Profiles.CpuTimes.loadAverage()));
        results.put("settings", Map.of("students", STUDENTS, "clients", CLIENTS, "loadSeconds", LOAD_SECONDS,
                "steadyRate", STEADY_RATE, "steadySeconds", STEADY_SECONDS, "baselineRows", BASELINE_ROWS,
                "appendEvents", APPEND_EVENTS, "baselineDocuments", ES_DOCUMENTS, "seed", SEED));
        String run = UUID.randomUUID().toString().substring(0, 6);
        LoadGenerator load = new LoadGenerator(stack.apps.commandUrl(), stack.issuer, STUDENTS, "L" + run + "-", SEED);

        Duration olympiadOpen = Duration.ofSeconds(LOAD_SECONDS + STEADY_SECONDS + 600);
        report("http.setup", load.setup(8, olympiadOpen), null);
        awaitAllProcessors(stack);

        Profiles.Phase profile = Profiles.start("http-closed-loop", directory);
        LoadGenerator.Result closed = load.closedLoop(CLIENTS, Duration.ofSeconds(LOAD_SECONDS), null);
        report("http.closedLoop", closed, profile.stop("http-nio"));
        section("http.catchUpAfterClosedLoop", timed(() -> awaitAllProcessors(stack)));

        steady(stack, load, closed.perSecond());
        awaitAllProcessors(stack);
        report("http.olympiadBurst", load.burst(CLIENTS), null);
        awaitAllProcessors(stack);

        JdbcTemplate jdbc = stack.apps.commandSide().getBean(JdbcTemplate.class);
        postgresBaseline(stack, jdbc);
        elasticsearchBaseline(stack);
        storeAppend(stack, load, jdbc);
        section("store.catchUpAfterAppend", timed(() -> awaitAllProcessors(stack)));
        replays(stack, jdbc);

        results.put("finished", Instant.now().toString());
        Files.writeString(directory.resolve("platform.json"), JSON.writeValueAsString(results));
        Files.writeString(directory.resolve("platform.txt"), text);
        System.out.println(text);
    }

    /**
     * The open loop at {@link #STEADY_RATE}: every {@link #RYW_EVERY}th accepted practice answer is followed by a read
     * of the student's dashboard that waits for the answer's position; the lag is from the command's 2xx to a
     * caught-up dashboard.
     */
    private void steady(TestStack stack, LoadGenerator load, double maximum) throws Exception {
        boolean sustainable = STEADY_FIXED || STEADY_RATE <= 0.7 * maximum;
        int rate = sustainable ? STEADY_RATE : (int) Math.max(1, 0.7 * maximum);
        ExecutorService readers = Executors.newFixedThreadPool(16);
        long[] lags = new long[(int) Math.min(Integer.MAX_VALUE - 8, (long) STEADY_RATE * STEADY_SECONDS)];
        AtomicLong sampled = new AtomicLong();
        AtomicLong notCaughtUp = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        Profiles.Phase profile = Profiles.start("http-steady", directory);
        LoadGenerator.Result steady = load.openLoop(CLIENTS, rate, Duration.ofSeconds(STEADY_SECONDS),
                accepted -> {
                    if (!accepted.kind().equals("answer") || answers.incrementAndGet() % RYW_EVERY != 0) {
                        return;
                    }
                    readers.execute(() -> {
                        String path = stack.apps.queryUrl() + "/api/v1/students/" + accepted.studentId() + "/dashboard";
                        for (int attempt = 0; attempt < 20; attempt++) {
                            Http.Reply reply = Http.get(path, accepted.token(),
                                    Http.headers("Daftar-Wait-For-Position", Long.toString(accepted.position())));
                            if (reply.status() == 200 && "true".equals(reply.header("Daftar-Caught-Up"))) {
                                int at = (int) sampled.getAndIncrement();
                                if (at < lags.length) {
                                    lags[at] = System.nanoTime() - accepted.answeredNanos();
                                }
                                return;
                            }
                        }
                        notCaughtUp.incrementAndGet();
                    });
                });
        readers.shutdown();
        readers.awaitTermination(10, TimeUnit.MINUTES);
        Map<String, Object> cpu = profile.stop("http-nio");
        report("http.steady", steady, cpu);
        long[] measured = Arrays.copyOf(lags, (int) Math.min(sampled.get(), lags.length));
        Arrays.sort(measured);
        Map<String, Object> ryw = new LinkedHashMap<>();
        ryw.put("sampled", measured.length);
        ryw.put("notCaughtUpWithin20Waits", notCaughtUp.get());
        ryw.put("p50Ms", ms(measured, 50));
        ryw.put("p95Ms", ms(measured, 95));
        ryw.put("p99Ms", ms(measured, 99));
        ryw.put("maxMs", measured.length == 0 ? null : measured[measured.length - 1] / 1e6);
        ryw.put("targetActionsPerSecond", STEADY_RATE);
        ryw.put("scheduledActionsPerSecond", rate);
        ryw.put("scheduledAt", sustainable ? "the target" : "70% of the closed loop's maximum, below the target");
        ryw.put("achievedActionsPerSecond", round(steady.perSecond()));
        section("readYourWrites", ryw);
    }

    /**
     * PostgreSQL's raw rate for rows like the stored practice answers (their own payload and metadata bytes, new
     * ids), into a copy of the event table with its indexes, on the same server and settings.
     */
    private void postgresBaseline(TestStack stack, JdbcTemplate jdbc) throws Exception {
        List<Map<String, Object>> templates = jdbc.queryForList("SELECT type, metaData, payload, payloadRevision, "
                + "payloadType, timeStamp FROM DomainEventEntry WHERE payloadType LIKE '%.PracticeAnswerRecorded' "
                + "ORDER BY globalIndex DESC LIMIT 1000");
        double rowBytes = templates.stream().mapToInt(t -> ((byte[]) t.get("payload")).length
                + (t.get("metaData") == null ? 0 : ((byte[]) t.get("metaData")).length)).average().orElse(0);
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("payloadPlusMetaDataBytes", round(rowBytes));
        try (Connection connection = connect(stack)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP SCHEMA IF EXISTS bench CASCADE");
                ddl.execute("CREATE SCHEMA bench");
                ddl.execute("CREATE SEQUENCE bench.event_seq");
                ddl.execute("CREATE TABLE bench.event (LIKE public.DomainEventEntry INCLUDING INDEXES)");
                ddl.execute("ALTER TABLE bench.event ALTER COLUMN globalIndex SET DEFAULT nextval('bench.event_seq')");
            }
            int single = Math.max(1_000, BASELINE_ROWS / 20);
            baseline.put("insertAutocommit1Client", rate(single, () -> insertEach(stack, templates, 0, single, 1)));
            baseline.put("insertAutocommit" + CLIENTS + "Clients",
                    rate(single * 4, () -> insertEach(stack, templates, single, single * 4, CLIENTS)));
            baseline.put("insertBatched1000PerCommit", rate(BASELINE_ROWS, () -> {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (int i = 0; i < BASELINE_ROWS; i++) {
                        bind(insert, templates.get(i % templates.size()), "b" + i);
                        insert.addBatch();
                        if (i % 1_000 == 999) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                    insert.executeBatch();
                    connection.commit();
                }
                connection.setAutoCommit(true);
            }));
            baseline.put("copy", rate(BASELINE_ROWS, () -> copy(connection, templates)));
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP SCHEMA bench CASCADE");
            }
        }
        section("baseline.postgres", baseline);
    }

    private static final String INSERT = "INSERT INTO bench.event (aggregateIdentifier, sequenceNumber, type, "
            + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?,?,?,?,?,?,?,?,?)";

    private static void bind(PreparedStatement insert, Map<String, Object> template, String id) throws SQLException {
        insert.setString(1, "agg-" + id);
        insert.setLong(2, 0);
        insert.setString(3, (String) template.get("type"));
        insert.setString(4, "evt-" + id);
        insert.setBytes(5, (byte[]) template.get("metaData"));
        insert.setBytes(6, (byte[]) template.get("payload"));
        insert.setString(7, (String) template.get("payloadRevision"));
        insert.setString(8, (String) template.get("payloadType"));
        insert.setString(9, (String) template.get("timeStamp"));
    }

    /** Rows {@code from..to-1}, one autocommitted insert each, from {@code clients} connections. */
    private static void insertEach(TestStack stack, List<Map<String, Object>> templates, int from, int to, int clients)
            throws Exception {
        AtomicLong next = new AtomicLong(from);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<Void>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                try (Connection connection = connect(stack);
                     PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (long i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        bind(insert, templates.get((int) (i % templates.size())), "a" + i);
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<Void> future : done) {
            future.get();
        }
        pool.shutdown();
    }

    /** COPY in text format, bytea as hex, 10,000 rows per COPY and commit. */
    private static void copy(Connection connection, List<Map<String, Object>> templates) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        int chunk = 10_000;
        for (int start = 0; start < BASELINE_ROWS; start += chunk) {
            CopyIn copy = pg.getCopyAPI().copyIn("COPY bench.event (aggregateIdentifier, sequenceNumber, type, "
                    + "eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp) FROM STDIN");
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            for (int i = start; i < Math.min(BASELINE_ROWS, start + chunk); i++) {
                Map<String, Object> t = templates.get(i % templates.size());
                String row = String.join("\t", "agg-c" + i, "0", (String) t.get("type"), "evt-c" + i,
                        t.get("metaData") == null ? "\\N" : hex((byte[]) t.get("metaData")),
                        hex((byte[]) t.get("payload")),
                        t.get("payloadRevision") == null ? "\\N" : (String) t.get("payloadRevision"),
                        (String) t.get("payloadType"), (String) t.get("timeStamp")) + "\n";
                rows.writeBytes(row.getBytes(StandardCharsets.UTF_8));
            }
            byte[] bytes = rows.toByteArray();
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(2 + 2 * bytes.length).append("\\\\x");
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }

    /** Elasticsearch's raw {@code _bulk} rate for copies of the activity index's own documents, 1,000 per request. */
    private void elasticsearchBaseline(TestStack stack) throws Exception {
        String es = stack.elasticsearch.url();
        Http.Reply search = Http.post(es + "/" + ActivityIndexer.INDEX_ALIAS + "/_search", null,
                "{\"size\":1000,\"query\":{\"match_all\":{}}}", Map.of());
        List<String> documents = new ArrayList<>();
        for (JsonNode hit : JSON.readTree(search.body()).path("hits").path("hits")) {
            documents.add(hit.path("_source").toString());
        }
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("documentBytes", round(documents.stream().mapToInt(String::length).average().orElse(0)));
        Http.Reply mapping = Http.get(es + "/" + ActivityIndexer.INDEX_ALIAS + "/_mapping", null, Map.of());
        JsonNode properties = JSON.readTree(mapping.body()).elements().next().path("mappings");
        Http.request("PUT", es + "/bench-raw", "{\"mappings\":" + properties + "}");
        if (!documents.isEmpty()) {
            baseline.put("bulk1000PerRequest", rate(ES_DOCUMENTS, () -> {
                for (int start = 0; start < ES_DOCUMENTS; start += 1_000) {
                    StringBuilder bulk = new StringBuilder();
                    for (int i = start; i < Math.min(ES_DOCUMENTS, start + 1_000); i++) {
                        bulk.append("{\"index\":{\"_index\":\"bench-raw\",\"_id\":\"d").append(i).append("\"}}\n")
                                .append(documents.get(i % documents.size())).append('\n');
                    }
                    Http.Reply reply = Http.post(es + "/_bulk", null, bulk.toString(), Map.of());
                    if (reply.status() != 200 || reply.body().contains("\"errors\":true")) {
                        throw new IllegalStateException("bulk failed: " + reply.body().substring(0,
                                Math.min(500, reply.body().length())));
                    }
                }
            }));
        }
        Http.request("DELETE", es + "/bench-raw", null);
        section("baseline.elasticsearch", baseline);
    }

    /**
     * The HTTP path's practice answers appended straight to the command side's event store (new attempts of the load's
     * students, metadata of a real recorded answer): batches of 100 per transaction, then one per transaction from one
     * and from many threads.
     */
    private void storeAppend(TestStack stack, LoadGenerator load, JdbcTemplate jdbc) throws Exception {
        EventStore store = stack.apps.commandSide().getBean(EventStore.class);
        TransactionManager transactions = stack.apps.commandSide().getBean(TransactionManager.class);
        String aggregateId = jdbc.queryForObject("SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType "
                + "LIKE '%.PracticeAnswerRecorded' ORDER BY globalIndex DESC LIMIT 1", String.class);
        DomainEventMessage<?> real = store.readEvents(aggregateId).asStream().reduce((a, b) -> b).orElseThrow();
        MetaData metaData = real.getMetaData();
        String type = real.getType();
        Map<String, Object> append = new LinkedHashMap<>();
        append.put("aggregateType", type);
        AtomicLong attempt = new AtomicLong();
        int perTransaction = 100;
        append.put("batchesOf100PerTransaction", rate(APPEND_EVENTS, () -> {
            for (int done = 0; done < APPEND_EVENTS; done += perTransaction) {
                List<DomainEventMessage<?>> batch = new ArrayList<>();
                long first = attempt.getAndIncrement();
                for (int i = 0; i < perTransaction; i++) {
                    // ten attempts of ten answers in each transaction, as a unit of work holding several commands
                    batch.add(answer(load, type, metaData, first * 10 + i / 10, i % 10));
                }
                transactions.executeInTransaction(() -> store.publish(batch));
            }
        }));
        int single = Math.max(1_000, APPEND_EVENTS / 10);
        append.put("onePerTransaction1Thread", rate(single, () -> {
            long at = attempt.getAndIncrement();
            for (int i = 0; i < single; i++) {
                DomainEventMessage<?> event = answer(load, type, metaData, at * 10 + i / 10 + 1_000_000_000L, i % 10);
                transactions.executeInTransaction(() -> store.publish(event));
            }
        }));
        append.put("onePerTransaction" + CLIENTS + "Threads", rate(single * 4, () -> {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            AtomicLong next = new AtomicLong();
            long base = 2_000_000_000L + attempt.getAndIncrement() * 1_000_000;
            for (int c = 0; c < CLIENTS; c++) {
                pool.execute(() -> {
                    for (long i = next.getAndIncrement(); i < single * 4L; i = next.getAndIncrement()) {
                        DomainEventMessage<?> event = answer(load, type, metaData, base + i, 0);
                        transactions.executeInTransaction(() -> store.publish(event));
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }));
        section("store.append", append);
    }

    private static DomainEventMessage<?> answer(LoadGenerator load, String type, MetaData metaData, long attempt,
                                                int sequence) {
        int student = (int) Math.floorMod(attempt, (long) STUDENTS);
        String studentId = load.studentId(student);
        String attemptId = studentId + "-store-" + attempt;
        Instant now = Instant.now();
        PracticeAnswerRecorded event = new PracticeAnswerRecorded(attemptId + "-" + sequence, attemptId, studentId,
                PracticeActivity.QUIZ, "item-" + sequence, "math.add-10", "right", true, 4_000, now, now);
        return new GenericDomainEventMessage<>(type, attemptId, sequence, event, metaData);
    }

    /** Full replay: every PostgreSQL read model reset together and timed to the head; then the activity index alone. */
    private void replays(TestStack stack, JdbcTemplate jdbc) throws Exception {
        long events = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
        List<ReadModels> postgres = Arrays.stream(ReadModels.values()).filter(m -> m.indices().isEmpty()).toList();
        Profiles.Phase profile = Profiles.start("replay-postgres", directory);
        double seconds = resetAndTime(stack, postgres);
        Map<String, Object> pg = new LinkedHashMap<>();
        pg.put("events", events);
        pg.put("readModels", postgres.size());
        pg.put("seconds", round(seconds));
        pg.put("eventsPerSecond", round(events / seconds));
        pg.put("profile", profile.stop(null));
        section("replay.postgres", pg);

        profile = Profiles.start("replay-elasticsearch", directory);
        seconds = resetAndTime(stack, List.of(ReadModels.ACTIVITY_INDEX));
        Http.get(stack.elasticsearch.url() + "/" + ActivityIndexer.INDEX_ALIAS + "/_refresh", null, Map.of());
        Http.Reply count = Http.get(stack.elasticsearch.url() + "/" + ActivityIndexer.INDEX_ALIAS + "/_count", null,
                Map.of());
        long documents = JSON.readTree(count.body()).path("count").asLong();
        Map<String, Object> es = new LinkedHashMap<>();
        es.put("events", events);
        es.put("documents", documents);
        es.put("seconds", round(seconds));
        es.put("eventsPerSecond", round(events / seconds));
        es.put("documentsPerSecond", round(documents / seconds));
        es.put("profile", profile.stop(null));
        section("replay.elasticsearch", es);
    }

    /**
     * Waits until every processor of both apps (read models and the command side's policies) has handled the store up
     * to its head, and the head stood still meanwhile (policies append events of their own).
     */
    static void awaitAllProcessors(TestStack stack) {
        ProcessorPositions positions = stack.apps.commandSide().getBean(ProcessorPositions.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (System.nanoTime() < deadline) {
            long head = positions.head();
            boolean all = positions.allSegments().values().stream().flatMap(List::stream)
                    .allMatch(segment -> segment.position() >= head);
            if (all && positions.head() == head) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("the processors did not catch up within an hour");
    }

    private static double resetAndTime(TestStack stack, List<ReadModels> models) {
        EventProcessingConfiguration processing = stack.apps.querySide().getBean(EventProcessingConfiguration.class);
        ProcessorPositions positions = stack.apps.querySide().getBean(ProcessorPositions.class);
        List<StreamingEventProcessor> processors = models.stream().map(model -> processing
                .eventProcessor(model.processingGroup(), StreamingEventProcessor.class).orElseThrow()).toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        long head = positions.head();
        long began = System.nanoTime();
        for (StreamingEventProcessor processor : processors) {
            processor.resetTokens();
            processor.start();
        }
        for (ReadModels model : models) {
            while (positions.watermark(model.processingGroup()).orElse(-1) < head) {
                sleep(50);
            }
        }
        return (System.nanoTime() - began) / 1e9;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Map<String, Object> rate(long count, Work work) throws Exception {
        Profiles.CpuTimes before = Profiles.CpuTimes.now();
        long began = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - began) / 1e9;
        Map<String, Object> rate = new LinkedHashMap<>();
        rate.put("count", count);
        rate.put("seconds", round(seconds));
        rate.put("perSecond", round(count / seconds));
        rate.put("cpu", Profiles.CpuTimes.now().since(before));
        return rate;
    }

    private static Map<String, Object> timed(Work work) throws Exception {
        return rate(1, work);
    }

    private void report(String name, LoadGenerator.Result result, Map<String, Object> profile) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("phase", result.phase());
        figures.put("accepted", result.accepted());
        figures.put("failed", result.failed());
        figures.put("seconds", round(result.seconds()));
        figures.put("acceptedPerSecond", round(result.perSecond()));
        figures.put("latencyMs", Map.of("p50", round(result.millis(50)), "p95", round(result.millis(95)),
                "p99", round(result.millis(99)), "max", round(result.millis(100))));
        if (profile != null) {
            figures.put("profile", profile);
        }
        section(name, figures);
    }

    private void section(String name, Map<String, Object> figures) {
        results.put(name, figures);
        String line;
        try {
            line = name + " " + JSON.writeValueAsString(figures) + "\n";
        } catch (IOException e) {
            line = name + " " + figures + "\n";
        }
        text.append(line);
        System.out.println(line);
        try {
            Files.writeString(directory.resolve("platform.json"), JSON.writeValueAsString(results));
        } catch (IOException e) {
            System.err.println("could not write the results so far: " + e.getMessage());
        }
    }

    private static Connection connect(TestStack stack) throws SQLException {
        return DriverManager.getConnection(stack.postgres.jdbcUrl(), "postgres", "");
    }

    private static Double ms(long[] sorted, double percentile) {
        return sorted.length == 0 ? null : round(LoadGenerator.Result.percentileMillis(sorted, percentile));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
