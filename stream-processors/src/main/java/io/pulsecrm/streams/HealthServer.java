package io.pulsecrm.streams;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /health}: 200 with the status JSON when everything runs, 503 with the same JSON otherwise. */
final class HealthServer implements AutoCloseable {

    /** What /health reports; {@code up} decides the status code. */
    record Health(boolean up, Map<String, Object> details) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;

    HealthServer(int port, Supplier<Health> health) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 16);
        server.createContext("/health", exchange -> respond(exchange, health));
        server.setExecutor(null);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, Supplier<Health> health) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Health current = health.get();
            byte[] body = JSON.writeValueAsBytes(current.details());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(current.up() ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
