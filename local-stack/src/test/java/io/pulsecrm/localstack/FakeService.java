package io.pulsecrm.localstack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for a service jar in tests: health on the port variable, its environment on /env. */
public final class FakeService {

    private FakeService() {}

    public static void main(String[] args) throws IOException {
        String port = System.getenv().getOrDefault("SERVER_PORT", System.getenv("CRM_HEALTH_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)), 8);
        server.createContext("/actuator/health", exchange -> reply(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/env", exchange -> reply(exchange, 200, System.getenv(exchange.getRequestURI().getQuery())));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fake service: SIGTERM, stopping")));
        System.out.println("fake service up on " + port);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = String.valueOf(body).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
