package io.pulsecrm.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.dashboards.support.SseClient;
import io.pulsecrm.dashboards.support.TokenIssuer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real ClickHouse driver against a port where nothing listens. A signed-in viewer's token is good, but whether
 * their session still is cannot be known: the data answers 503 (not 401, which would send them to log in again),
 * while the page, which needs the signed token only, still loads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClickHouseUnreachableIT {

    private static TokenIssuer issuer;

    @DynamicPropertySource
    static void nothingListening(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        issuer = TokenIssuer.start();
        registry.add("crm.dashboards.clickhouse.url", () -> "jdbc:clickhouse:http://127.0.0.1:" + closed);
        registry.add("crm.dashboards.identity.jwks-url", issuer::jwksUrl);
    }

    private static String token() {
        return issuer.token(1, UUID.randomUUID());
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
    void drillDownAnswers503ProblemDetail() throws Exception {
        HttpResponse<String> response = get("/api/v1/charts/pipeline/deals?stageId=1&lang=en");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"type\":\"urn:pulsecrm:problem:warehouse-unavailable\"");
    }

    @Test
    void pageStillLoads() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("销售驾驶舱");
    }

    @Test
    void streamIsRefusedWith503WhileTheLoginCannotBeChecked() throws Exception {
        try (var stream = new SseClient(URI.create("http://127.0.0.1:" + port + "/api/v1/stream"), token())) {
            assertThat(stream.status()).isEqualTo(503);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", "PULSE_TOKEN=" + token()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
