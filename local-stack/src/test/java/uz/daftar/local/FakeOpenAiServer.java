package uz.daftar.local;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A model server for the test stack, speaking the OpenAI chat-completions API on {@code /v1/chat/completions}: each
 * request body goes to the test's {@link #answer} function, which returns the structured output (JSON text) for it,
 * or null for a 500. It keeps every request, and {@link #refuseEverything} turns any further request into a
 * recorded violation, for proving that something (a replay) calls no model at all.
 */
final class FakeOpenAiServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private volatile Function<String, String> answer = request -> null;
    private volatile boolean refuseEverything;

    private FakeOpenAiServer(HttpServer server) {
        this.server = server;
    }

    static FakeOpenAiServer start() {
        try {
            FakeOpenAiServer fake = new FakeOpenAiServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            fake.server.setExecutor(Executors.newFixedThreadPool(2));
            fake.server.createContext("/v1/chat/completions", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                fake.requests.add(body);
                String content = fake.refuseEverything ? null : fake.answer.apply(body);
                if (fake.refuseEverything) {
                    fake.violations.add(body);
                }
                byte[] reply = (content == null ? "{\"error\":{\"message\":\"no answer\",\"type\":\"fake\"}}"
                        : completion(content)).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(content == null ? 500 : 200, reply.length);
                exchange.getResponseBody().write(reply);
                exchange.close();
            });
            fake.server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String completion(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return """
                {"id":"chatcmpl-it","object":"chat.completion","created":1764201600,"model":"fake-gpt-it",
                 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
                   "message":{"role":"assistant","content":"%s","refusal":null}}],
                 "usage":{"prompt_tokens":100,"completion_tokens":40,"total_tokens":140}}
                """.formatted(escaped);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void answer(Function<String, String> answer) {
        this.answer = answer;
    }

    void refuseEverything(boolean refuse) {
        this.refuseEverything = refuse;
    }

    List<String> requests() {
        return requests;
    }

    List<String> violations() {
        return violations;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
