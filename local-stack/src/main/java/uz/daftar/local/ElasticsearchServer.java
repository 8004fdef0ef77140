package uz.daftar.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Elasticsearch server, unpacked from Maven Central's integ-test-zip, as a child process. Elasticsearch
 * refuses to run as root, so when we are root it runs as {@code nobody}, from a copy of the distribution and a
 * data directory that user owns.
 */
public final class ElasticsearchServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final Path home;
    private final Path dataDirectory;
    private final int httpPort;
    private final int transportPort;

    private ElasticsearchServer(Process process, Path home, Path dataDirectory, int httpPort, int transportPort) {
        this.process = process;
        this.home = home;
        this.dataDirectory = dataDirectory;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
    }

    /**
     * Starts Elasticsearch from the distribution in {@code home}, with data and logs under {@code dataDirectory},
     * and waits until the cluster answers.
     */
    public static ElasticsearchServer start(Path home, Path dataDirectory, int httpPort, int transportPort) {
        try {
            boolean root = RunAs.isRoot();
            Path runnableHome = root ? RunAs.copyForNobody(home, Path.of("/var/tmp/daftar-" + home.getFileName()))
                    : home;
            Files.createDirectories(dataDirectory.resolve("data"));
            Files.createDirectories(dataDirectory.resolve("logs"));
            if (root) {
                RunAs.giveToNobody(dataDirectory);
            }
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("runuser", "-u", "nobody", "--"));
            }
            command.addAll(List.of(runnableHome.resolve("bin/elasticsearch").toString(),
                    "-Expack.security.enabled=false",
                    "-Ediscovery.type=single-node",
                    "-Enetwork.host=127.0.0.1",
                    "-Ehttp.port=" + httpPort,
                    "-Etransport.port=" + transportPort,
                    "-Epath.data=" + dataDirectory.resolve("data"),
                    "-Epath.logs=" + dataDirectory.resolve("logs"),
                    "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                    "-Expack.ml.enabled=false"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolve("logs/console.log").toFile());
            builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("ES_JAVA_OPTS", "-Xms384m -Xmx384m");
            ElasticsearchServer server = new ElasticsearchServer(builder.start(), home, dataDirectory, httpPort,
                    transportPort);
            server.awaitHealthy(dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not start from " + home, e);
        }
    }

    /** A new server on this one's distribution, data and ports, once this one is closed (an outage ending). */
    public ElasticsearchServer startAgain() {
        return start(home, dataDirectory, httpPort, transportPort);
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    private void awaitHealthy(Path dataDirectory) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + "; see "
                        + dataDirectory.resolve("logs/console.log"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Elasticsearch started", e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Elasticsearch did not become healthy within " + STARTUP + "; see "
                + dataDirectory.resolve("logs/console.log"));
    }

    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            for (ProcessHandle handle : tree) {
                handle.onExit().get(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
