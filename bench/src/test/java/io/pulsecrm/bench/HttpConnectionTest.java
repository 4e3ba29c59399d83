package io.pulsecrm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    private HttpServer server;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger deletes = new AtomicInteger();
    private URI base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", ex -> {
            byte[] body = ("{\"id\":42,\"echo\":" + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(201, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0); // 0 = chunked transfer encoding
            try (OutputStream out = ex.getResponseBody()) {
                out.write("中文 ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                out.write("and more".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/problem", ex -> {
            byte[] body = "{\"errors\":[{\"field\":\"amount\"}]}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(400, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            deletes.incrementAndGet();
            ex.sendResponseHeaders(204, -1); // no body, no Content-Length
            ex.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void readsAContentLengthBodyAndReusesTheConnection() throws IOException {
        try (HttpConnection http = new HttpConnection(base, "")) {
            HttpConnection.Response first = http.send("POST", "/fixed", "\"a\"");
            HttpConnection.Response second = http.send("POST", "/fixed", "\"b\"");

            assertThat(first.status()).isEqualTo(201);
            assertThat(first.body()).isEqualTo("{\"id\":42,\"echo\":\"a\"}");
            assertThat(second.body()).isEqualTo("{\"id\":42,\"echo\":\"b\"}");
        }
    }

    @Test
    void readsAChunkedBody() throws IOException {
        try (HttpConnection http = new HttpConnection(base, "")) {
            assertThat(http.send("GET", "/chunked", null).body()).isEqualTo("中文 and more");
            assertThat(http.send("POST", "/fixed", "1").body()).contains("\"echo\":1");
        }
    }

    @Test
    void reconnectsWhenTheServerClosedAnIdleConnection() throws IOException {
        try (HttpConnection http = new HttpConnection(base, "")) {
            http.send("POST", "/fixed", "1");
            server.stop(0);
            startServerOnPort(base.getPort());

            assertThat(http.send("POST", "/fixed", "2").body()).contains("\"echo\":2");
        }
    }

    @Test
    void noContentAnswerEndsAtItsHeadersSoNothingIsSentTwice() throws IOException {
        try (HttpConnection http = new HttpConnection(base, "")) {
            assertThat(http.send("DELETE", "/gone", null).status()).isEqualTo(204);
            assertThat(http.send("DELETE", "/gone", null).status()).isEqualTo(204);

            assertThat(deletes).hasValue(2);
        }
    }

    @Test
    void returnsErrorAnswersForTheCallerToJudge() throws IOException {
        try (HttpConnection http = new HttpConnection(base, "")) {
            HttpConnection.Response r = http.send("POST", "/problem", "{}");

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).contains("amount");
        }
    }

    @Test
    void idOfACreatedResourceIsTheFirstIdField() {
        assertThat(OltpClient.id("{\"id\": 1234,\"stageId\":7}")).isEqualTo(1234);
        assertThatThrownBy(() -> OltpClient.id("{\"name\":\"x\"}")).hasMessageContaining("no id");
    }

    private void startServerOnPort(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/fixed", ex -> {
            byte[] body = ("{\"echo\":" + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }
}
