package uz.daftar.local;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a benchmark phase's time goes: a Flight Recorder recording of this JVM (both apps and the clients) with the
 * {@code profile} settings, kept as a {@code .jfr} file for {@code jfr print} / JDK Mission Control and summarised
 * from its execution samples; plus the CPU time the JVM, PostgreSQL and Elasticsearch (child processes) and the
 * whole machine spent during the phase, since the recording sees only the JVM.
 */
final class Profiles {

    /** The port of the PostgreSQL whose CPU time is counted; set by the benchmark. */
    static volatile int postgresPort;

    private Profiles() {
    }

    /** A phase being profiled; {@link #stop} ends it and summarises. */
    static final class Phase {
        private final String name;
        private final Path directory;
        private final Recording recording;
        private final CpuTimes before;

        private Phase(String name, Path directory, Recording recording) {
            this.name = name;
            this.directory = directory;
            this.recording = recording;
            this.before = CpuTimes.now();
        }

        /** Stops the recording and summarises samples and CPU; {@code threads} keeps samples of matching threads. */
        Map<String, Object> stop(String threads) {
            CpuTimes after = CpuTimes.now();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("cpu", after.since(before));
            if (recording == null) {
                return summary;
            }
            try {
                recording.stop();
                Path file = directory.resolve(name + ".jfr");
                recording.dump(file);
                recording.close();
                summary.put("recording", file.toString());
                summary.putAll(summarise(file, threads));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return summary;
        }
    }

    /** Starts recording (unless {@code daftar.benchmark.jfr=false}) and counting CPU time. */
    static Phase start(String name, Path directory) {
        if (!Boolean.parseBoolean(System.getProperty("daftar.benchmark.jfr", "true"))) {
            return new Phase(name, directory, null);
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setName(name);
            recording.start();
            return new Phase(name, directory, recording);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("no JFR profile settings", e);
        }
    }

    /**
     * Execution samples: how they split over kinds of threads (all threads); then, of the threads whose name contains
     * {@code threads} (all if null), the most frequent top frames (self time) by library and by method, and the Daftar
     * methods most often on the stack (inclusive time).
     */
    static Map<String, Object> summarise(Path file, String threads) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> selfPackages = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> threadKinds = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        int samples = 0;
        int allSamples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? "?"
                    : String.valueOf(event.getThread("sampledThread").getJavaName());
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            allSamples++;
            threadKinds.merge(thread.replaceAll("[0-9]+", "#"), 1, Integer::sum);
            if (threads != null && !thread.contains(threads)) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            String top = method(frames.get(0));
            self.merge(top, 1, Integer::sum);
            selfPackages.merge(area(top), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            Set<String> layersSeen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                    if (method.contains(layer.getValue()) && layersSeen.add(layer.getKey())) {
                        layers.merge(layer.getKey(), 1, Integer::sum);
                    }
                }
                if (method.startsWith("uz.daftar.") && !method.contains("$$") && seen.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("allThreadsSamples", allSamples);
        summary.put("allThreadsByKind", top(threadKinds, 15, allSamples));
        summary.put("threadsSummarised", threads == null ? "all" : "named *" + threads + "*");
        summary.put("samples", samples);
        summary.put("inclusiveByLayer", top(layers, LAYERS.size(), samples));
        summary.put("selfByArea", top(selfPackages, 12, samples));
        summary.put("selfTopFrames", top(self, 20, samples));
        summary.put("inclusive", top(inclusive, 30, samples));
        return summary;
    }

    /** Layers a sample can be inside of (inclusive: a sample counts once for every layer on its stack). */
    private static final Map<String, String> LAYERS = layers(
            "Spring Security filter chain", "org.springframework.security.web.FilterChainProxy.doFilter",
            "JWT decoding and signature check", "com.nimbusds.",
            "Micrometer observations", "io.micrometer.",
            "request body JSON", "AbstractJackson2HttpMessageConverter.read",
            "bean validation", "org.hibernate.validator.",
            "idempotency receipt + command", "uz.daftar.command.web.IdempotentCommands.once",
            "command handling (Axon)", "org.axonframework.commandhandling.SimpleCommandBus.handle",
            "aggregate loading", "org.axonframework.eventsourcing.EventSourcingRepository.doLoadWithLock",
            "event store append", "org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine.appendEvents",
            "Axon per-handler time limit (stack walk)", "org.axonframework.messaging.timeout.AxonTimeLimitedTask.start",
            "reading events from the store", "eventstore.jdbc.JdbcEventStorageEngine.fetch",
            "event deserialisation and upcasting", "upcastAndDeserialize",
            "PostgreSQL driver", "org.postgresql.",
            "Elasticsearch client", "co.elastic.clients.",
            "event handlers (dead-lettering wrapper)", "uz.daftar.platform.deadletter.SavepointHandlerEnhancer",
            "tamper chain", "uz.daftar.platform.trust.",
            "logging", "ch.qos.logback.");

    private static Map<String, String> layers(String... pairs) {
        Map<String, String> layers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            layers.put(pairs[i], pairs[i + 1]);
        }
        return layers;
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The library or layer a method belongs to: its first three package names (two for java.*). */
    private static String area(String method) {
        String[] parts = method.split("\\.");
        int depth = method.startsWith("java.") || method.startsWith("sun.") || method.startsWith("jdk.") ? 2 : 3;
        return String.join(".", List.of(parts).subList(0, Math.min(depth, parts.length - 2)));
    }

    private static Map<String, String> top(Map<String, Integer> counts, int n, int total) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.format(Locale.ROOT, "%d (%.1f%%)",
                        e.getValue(), 100.0 * e.getValue() / Math.max(1, total)), (a, b) -> a, LinkedHashMap::new));
    }

    /** CPU time so far of this JVM, the PostgreSQL and Elasticsearch child processes, and the whole machine. */
    record CpuTimes(long nanos, long jvm, long postgres, long elasticsearch, long machineBusy, long machineTotal) {

        static CpuTimes now() {
            long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long elasticsearch = 0;
            for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
                if (child.info().command().orElse("").contains("java")) {
                    elasticsearch += child.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
                }
            }
            long postgres = postgresCpu();
            long busy = 0;
            long total = 0;
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i = 1; i < cpu.length && i <= 8; i++) {
                    long ticks = Long.parseLong(cpu[i]);
                    total += ticks;
                    if (i != 4 && i != 5) {
                        busy += ticks;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: the machine's share stays unknown
            }
            return new CpuTimes(System.nanoTime(), jvm, postgres, elasticsearch, busy, total);
        }

        /**
         * PostgreSQL's CPU time: its server process (found by its port; pg_ctl detaches it from this JVM) with the
         * children it has reaped, and its live backends. Zero where there is no /proc.
         */
        private static long postgresCpu() {
            if (postgresPort <= 0) {
                return 0;
            }
            try (var processes = Files.list(Path.of("/proc"))) {
                List<Path> pids = processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList();
                String postmaster = null;
                for (Path pid : pids) {
                    List<String> args = List.of(readQuietly(pid.resolve("cmdline")).split("\u0000"));
                    int p = args.indexOf("-p");
                    if (!args.isEmpty() && args.get(0).endsWith("postgres") && p >= 0 && p + 1 < args.size()
                            && args.get(p + 1).equals(Integer.toString(postgresPort))) {
                        postmaster = pid.getFileName().toString();
                    }
                }
                if (postmaster == null) {
                    return 0;
                }
                long ticks = 0;
                for (Path pid : pids) {
                    String stat = readQuietly(pid.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (close < 0) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    boolean server = pid.getFileName().toString().equals(postmaster);
                    if (server || fields[1].equals(postmaster)) {
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        if (server) {
                            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                        }
                    }
                }
                return ticks * 10_000_000L;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        private static String readQuietly(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }

        /** Cores used on average since {@code before}, by process, and the machine's load average. */
        Map<String, Object> since(CpuTimes before) {
            double wall = (nanos - before.nanos) / 1e9;
            Map<String, Object> cores = new LinkedHashMap<>();
            cores.put("wallSeconds", round(wall));
            cores.put("jvmCores", round((jvm - before.jvm) / 1e9 / wall));
            cores.put("postgresCores", round((postgres - before.postgres) / 1e9 / wall));
            cores.put("elasticsearchCores", round((elasticsearch - before.elasticsearch) / 1e9 / wall));
            long ticks = machineTotal - before.machineTotal;
            cores.put("machineBusyCores", ticks == 0 ? null : round(Runtime.getRuntime().availableProcessors()
                    * (double) (machineBusy - before.machineBusy) / ticks));
            cores.put("loadAverage", loadAverage());
            return cores;
        }

        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).trim();
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }
}
