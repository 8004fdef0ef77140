package uz.daftar.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One PostgreSQL, one Elasticsearch and both apps for all integration tests of a test JVM, started on first use
 * and stopped when the JVM ends. Every test works on its own ids, so tests share the stack safely.
 */
final class TestStack {

    private static TestStack instance;

    final PostgresServer postgres;
    /** The running Elasticsearch; replaced when a test stops and starts it again (always on the same URL). */
    volatile ElasticsearchServer elasticsearch;
    final DevTokenIssuer issuer;
    final DaftarApps apps;
    /** The model server the command side generates content with. */
    final FakeOpenAiServer openAi;
    /** What the apps were started with, for a test that starts an app of its own beside them. */
    final StackSettings settings;
    private final List<Path> directories;

    private TestStack(PostgresServer postgres, ElasticsearchServer elasticsearch, DevTokenIssuer issuer,
                      DaftarApps apps, FakeOpenAiServer openAi, StackSettings settings, List<Path> directories) {
        this.openAi = openAi;
        this.settings = settings;
        this.directories = directories;
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.issuer = issuer;
        this.apps = apps;
    }

    /** Stops Elasticsearch, as an outage would; {@link #startElasticsearch} ends the outage. */
    synchronized void stopElasticsearch() {
        elasticsearch.close();
    }

    /** Starts Elasticsearch again on the same data and ports, after {@link #stopElasticsearch}. */
    synchronized void startElasticsearch() {
        elasticsearch = elasticsearch.startAgain();
    }

    static synchronized TestStack get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** Starts everything; if a part fails to start, what had started is stopped before the failure is thrown. */
    private static TestStack start() {
        PostgresServer postgres = null;
        ElasticsearchServer elasticsearch = null;
        FakeOpenAiServer openAi = FakeOpenAiServer.start();
        try {
            Path temp = Path.of(RunAs.isRoot() ? "/var/tmp" : System.getProperty("java.io.tmpdir"));
            Path work = Files.createTempDirectory(temp, "daftar-it-");
            postgres = PostgresServer.start(work.resolve("postgres"), 0);
            Path esWork = Files.createTempDirectory(temp, "daftar-it-es-");
            elasticsearch = ElasticsearchServer.start(
                    Path.of(System.getProperty("daftar.elasticsearch.home")), esWork, freePort(), freePort());
            DevTokenIssuer issuer = DevTokenIssuer.in(work.resolve("issuer"));
            byte[] masterKey = new byte[32];
            new SecureRandom().nextBytes(masterKey);
            StackSettings settings = new StackSettings(postgres.jdbcUrl(), elasticsearch.url(),
                    issuer.publicKeyPem(), Base64.getEncoder().encodeToString(masterKey), TrustKeys.generate(), 0, 0);
            DaftarApps apps = DaftarApps.start(settings, Map.of(
                    "spring.main.sources", FakeSpeech.class.getName(),
                    "spring.main.allow-bean-definition-overriding", true,
                    "daftar.reading.audio-dir", work.resolve("audio").toString(),
                    "daftar.ai.base-url", openAi.baseUrl(),
                    "daftar.ai.timeout", "PT5S"));
            return new TestStack(postgres, elasticsearch, issuer, apps, openAi, settings, List.of(work, esWork));
        } catch (IOException | RuntimeException e) {
            openAi.close();
            if (elasticsearch != null) {
                elasticsearch.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * Child servers first: the test JVM may be cut short while the apps wind down, and a server left behind
     * would outlive the build.
     */
    private void stop() {
        elasticsearch.close();
        postgres.close();
        apps.close();
        openAi.close();
        directories.forEach(TestStack::deleteTree);
    }

    /** Removes a directory and everything under it; what cannot be removed is reported, not thrown. */
    static void deleteTree(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + directory + ": " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
