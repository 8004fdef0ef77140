package uz.daftar.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A server-sent-events client for tests: the {@code data:} lines of a stream, one event at a time. */
final class LiveStream implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Stream<String> lines;
    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

    private LiveStream(Stream<String> lines) {
        this.lines = lines;
        Thread reader = new Thread(() -> lines.filter(line -> line.startsWith("data:"))
                .forEach(line -> data.add(line.substring("data:".length()))), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static LiveStream open(String url, String token) throws Exception {
        HttpResponse<Stream<String>> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return new LiveStream(response.body());
    }

    /** The next event's data, waiting at most {@code timeout}. */
    String nextData(Duration timeout) throws InterruptedException {
        String next = data.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("no event within " + timeout);
        }
        return next;
    }

    @Override
    public void close() {
        lines.close();
    }
}
