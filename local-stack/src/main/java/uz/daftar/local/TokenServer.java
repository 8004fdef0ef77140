package uz.daftar.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local run's token endpoint: {@code GET /token?user=parent-001&role=PARENT} answers a signed token for that
 * demo user. Bound to the loopback interface only.
 */
final class TokenServer implements AutoCloseable {

    private final HttpServer server;

    private TokenServer(HttpServer server) {
        this.server = server;
    }

    static TokenServer start(int port, DevTokenIssuer issuer) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/token", exchange -> {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                String user = query.get("user");
                String role = query.getOrDefault("role", "").toUpperCase();
                if (user == null || user.isBlank() || role.isBlank()) {
                    reply(exchange, 400, "Ask for GET /token?user=<id>&role=<STUDENT|PARENT|TEACHER|CENTRE_ADMIN"
                            + "|ADMIN|ANALYST>\n");
                    return;
                }
                reply(exchange, 200, issuer.token(user, List.of(role.split(",")), java.time.Duration.ofHours(12)));
            });
            server.start();
            return new TokenServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("the token endpoint could not listen on port " + port, e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
