package io.pulsecrm.warehouse.sink;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 with the sink's status as JSON once migrations are applied and the
 * consumer owns partitions, 503 (same JSON) before that or after it stopped.
 */
final class HealthServer implements AutoCloseable {

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    static HealthServer start(int port, SinkStatus status) throws IOException {
        return start(port, status::ready, status::toJson);
    }

    static HealthServer start(int port, Supplier<Boolean> ready, Supplier<Map<String, Object>> body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
        JsonMapper json = JsonMapper.builder().build();
        server.createContext("/health", exchange -> {
            try (exchange) {
                if (!"GET".equals(exchange.getRequestMethod())) {
                    respond(exchange, 405, "{\"error\":\"method not allowed\"}".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                respond(exchange, ready.get() ? 200 : 503, json.writeValueAsBytes(body.get()));
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "warehouse-health");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return new HealthServer(server);
    }

    private static void respond(HttpExchange exchange, int code, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
