package io.pulsecrm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.dashboards.support.SseClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real ClickHouse driver against a port where nothing listens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClickHouseUnreachableIT {

    @DynamicPropertySource
    static void nothingListening(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        registry.add("crm.dashboards.clickhouse.url", () -> "jdbc:clickhouse:http://127.0.0.1:" + closed);
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void chartApiAnswers503ProblemDetail() throws Exception {
        HttpResponse<String> response = get("/api/v1/charts/pipeline?lang=en");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\":\"Analytics warehouse unavailable\"", "\"status\":503");
    }

    @Test
    void pageStillLoads() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("实时销售漏斗");
    }

    @Test
    void streamTellsTheViewerTheWarehouseIsUnavailable() throws Exception {
        try (var stream = new SseClient(URI.create("http://127.0.0.1:" + port + "/api/v1/stream"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !stream.events("unavailable").isEmpty());

            assertThat(stream.events("unavailable").getFirst().data()).contains("\"status\":503", "分析数据仓库不可用");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
