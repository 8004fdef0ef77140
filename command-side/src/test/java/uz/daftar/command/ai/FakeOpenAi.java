package uz.daftar.command.ai;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local HTTP server speaking the OpenAI chat-completions API: it answers {@code POST /v1/chat/completions} with
 * whatever the test set ({@link #answerWith}), and keeps every request body it received.
 */
public final class FakeOpenAi implements AutoCloseable {

    /** What the server does with the next requests. */
    public record Answer(int status, String body, long delayMillis) {
    }

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Answer answer = new Answer(500, "{}", 0);

    public FakeOpenAi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer now = answer;
            try {
                Thread.sleep(now.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = now.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(now.status(), body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException gone) {
                // the client gave up waiting
            }
            exchange.close();
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void answerWith(Answer next) {
        answer = next;
    }

    /** A chat completion whose message content is {@code content} (JSON text of the structured output). */
    public static Answer completion(String model, String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"");
        return new Answer(200, """
                {"id":"chatcmpl-fake-1","object":"chat.completion","created":1764201600,"model":"%s",
                 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
                   "message":{"role":"assistant","content":"%s","refusal":null}}],
                 "usage":{"prompt_tokens":120,"completion_tokens":45,"total_tokens":165}}
                """.formatted(model, escaped), 0);
    }

    public static Answer error(int status) {
        return new Answer(status, "{\"error\":{\"message\":\"fake " + status + "\",\"type\":\"fake\",\"param\":null,"
                + "\"code\":null}}", 0);
    }

    public List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
