package uz.daftar.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Runs Daftar on this machine without Docker: PostgreSQL and Elasticsearch as child processes, the development
 * token issuer, the command side and the query side. Everything lives under one data directory ({@code .daftar}
 * by default, or {@code -Ddaftar.data=...}); stopping (Ctrl-C) and starting again keeps every event. Demo data is
 * sent on the first run only.
 */
public final class DaftarLocal {

    static final int POSTGRES_PORT = 54329;
    static final int ELASTICSEARCH_PORT = 9201;
    static final int TOKEN_PORT = 8079;
    static final int DEMO_STUDENTS = 200;
    static final List<Integer> PORTS = List.of(POSTGRES_PORT, ELASTICSEARCH_PORT, ELASTICSEARCH_PORT + 100, 8081,
            8082, TOKEN_PORT);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("daftar.data", ".daftar")).toAbsolutePath().normalize();
        Files.createDirectories(data);
        try (FileChannel lockFile = FileChannel.open(data.resolve("daftar.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                System.err.println("Daftar is already running with the data in " + data
                        + ". Stop that run first (Ctrl-C in its terminal); nothing was changed.");
                System.exit(2);
            }
            new DaftarLocal().run(data);
        }
    }

    private void run(Path data) throws Exception {
        List<Integer> busy = PORTS.stream().filter(DaftarLocal::inUse).toList();
        if (!busy.isEmpty()) {
            System.err.println("Port(s) " + busy + " are in use, by another Daftar run or another program; "
                    + "nothing was started.");
            System.exit(2);
        }
        // reading audio is kept beside the events, unless configured elsewhere (docs/decisions/0017)
        if (System.getProperty("daftar.reading.audio-dir") == null) {
            System.setProperty("daftar.reading.audio-dir", data.resolve("daftar-audio").toString());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "daftar-stop"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        try {
            say("Starting PostgreSQL (data in " + data.resolve("postgres") + ")");
            PostgresServer postgres = keep(PostgresServer.start(data.resolve("postgres"), POSTGRES_PORT));
            Path esData = elasticsearchData(data);
            say("Starting Elasticsearch (data in " + esData + ")");
            ElasticsearchServer elasticsearch = keep(ElasticsearchServer.start(elasticsearchHome(), esData,
                    ELASTICSEARCH_PORT, ELASTICSEARCH_PORT + 100));
            DevTokenIssuer issuer = DevTokenIssuer.in(data.resolve("issuer"));
            say("Starting the command side and the query side");
            DaftarApps apps = keep(DaftarApps.start(new StackSettings(postgres.jdbcUrl(), elasticsearch.url(),
                    issuer.publicKeyPem(), masterKey(data), TrustKeys.in(data), 8081, 8082)));
            keep(TokenServer.start(TOKEN_PORT, issuer));
            seedOnce(data, apps, issuer);
            banner(apps);
        } catch (RuntimeException e) {
            System.err.println("Daftar could not start: " + e.getMessage());
            stopAll();
            System.exit(1);
        }
        stopped.await();
    }

    private void seedOnce(Path data, DaftarApps apps, DevTokenIssuer issuer) throws IOException {
        Path marker = data.resolve("demo-data-sent");
        if (Files.exists(marker)) {
            return;
        }
        say("First run: sending demo data (" + DEMO_STUDENTS + " students, their parents, a week of practice; "
                + "seed " + DemoData.SEED + ")");
        long commands = new DemoData(apps.commandUrl(), issuer, DEMO_STUDENTS).seed(Instant.now());
        Files.writeString(marker, "demo data sent: " + commands + " commands\n");
        say("Demo data sent: " + commands + " commands accepted");
    }

    private static void banner(DaftarApps apps) {
        System.out.println("""

                Daftar is running. Stop it with Ctrl-C; the data stays for the next run.

                  Command API  %s   (Swagger UI %s/swagger-ui.html)
                  Query API    %s   (Swagger UI %s/swagger-ui.html)
                  Tokens       http://localhost:%d/token?user=<id>&role=<STUDENT|PARENT|TEACHER|CENTRE_ADMIN|ADMIN|ANALYST>
                  Console      %s/console/   (processors, dead letters, operator audit; an ADMIN or ANALYST token)

                Try, as the parent of the first demo student:
                  TOKEN=$(curl -s 'http://localhost:%d/token?user=parent-001&role=PARENT')
                  curl -H "Authorization: Bearer $TOKEN" %s/api/v1/students/student-001/dashboard
                """.formatted(apps.commandUrl(), apps.commandUrl(), apps.queryUrl(), apps.queryUrl(), TOKEN_PORT,
                apps.queryUrl(), TOKEN_PORT, apps.queryUrl()));
    }

    private static Path elasticsearchHome() throws IOException {
        String configured = System.getProperty("daftar.elasticsearch.home");
        if (configured != null) {
            return Path.of(configured);
        }
        Properties built = new Properties();
        try (InputStream in = DaftarLocal.class.getResourceAsStream("/daftar-local.properties")) {
            built.load(in);
        }
        Path home = Path.of(built.getProperty("elasticsearch.home"));
        if (!Files.exists(home.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("Elasticsearch is not unpacked at " + home + "; build with the README's "
                    + "run command, which unpacks it from Maven Central");
        }
        return home;
    }

    /** Elasticsearch runs as nobody when we are root; its data then lives where nobody can reach it. */
    private static Path elasticsearchData(Path data) throws IOException {
        if (!RunAs.isRoot() || RunAs.nobodyCanReach(data)) {
            return data.resolve("elasticsearch");
        }
        Path outside = Path.of("/var/tmp/daftar-es-data-" + Integer.toHexString(data.toString().hashCode()));
        Files.writeString(data.resolve("elasticsearch-data-location"), outside + "\n");
        return outside;
    }

    private static String masterKey(Path data) throws IOException {
        Path file = data.resolve("master-key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
        return Files.readString(file).trim();
    }

    private static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        started.push(resource);
        return resource;
    }

    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
    }

    private static void say(String line) {
        System.out.println("[daftar] " + line);
    }
}
