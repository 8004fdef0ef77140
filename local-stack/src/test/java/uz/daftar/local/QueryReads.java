package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import static org.awaitility.Awaitility.await;

/** What the ITs share when they read the query API and drive many clients at once. */
final class QueryReads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryReads() {
    }

    /** GET {@code path} from the query side, expecting 200, as JSON. */
    static JsonNode json(TestStack stack, String path, String token) {
        Http.Reply reply = Http.get(stack.apps.queryUrl() + path, token, Map.of());
        if (reply.status() != 200) {
            throw new AssertionError(path + " answered " + reply.status() + ": " + reply.body());
        }
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * GET {@code path} once the read model behind it has caught up with {@code position} (a command's answer):
     * asked again while the bounded wait of one request runs out, for at most a minute.
     */
    static JsonNode json(TestStack stack, String path, String token, String position) {
        Http.Reply[] reply = new Http.Reply[1];
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            reply[0] = Http.get(stack.apps.queryUrl() + path, token,
                    Http.headers("Daftar-Wait-For-Position", position));
            return reply[0].status() != 200 || "true".equals(reply[0].header("Daftar-Caught-Up"));
        });
        if (reply[0].status() != 200) {
            throw new AssertionError(path + " answered " + reply[0].status() + ": " + reply[0].body());
        }
        try {
            return JSON.readTree(reply[0].body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The position a command's answer says its events were appended at. */
    static String positionOf(Http.Reply commandReply) {
        try {
            return JSON.readTree(commandReply.body()).get("position").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code call} for 0..n-1 on {@code clients} threads; the first failure fails the whole. */
    static void parallel(int n, int clients, IntConsumer call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> {
                    call.accept(index);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(calls)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
