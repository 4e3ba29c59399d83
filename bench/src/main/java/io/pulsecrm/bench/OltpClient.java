package io.pulsecrm.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bench talks to oltp-app exactly as a client would: JSON over its public REST API. */
final class OltpClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI base;

    OltpClient(String baseUrl, int maxConnections) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, Math.min(maxConnections, 8))))
                .build();
    }

    long createStage(String name, int position, BigDecimal winRate) throws IOException, InterruptedException {
        return id(send("POST", "api/v1/stages", Map.of("name", name, "position", position, "winRate", winRate)));
    }

    void deleteStage(long id) throws IOException, InterruptedException {
        send("DELETE", "api/v1/stages/" + id, null);
    }

    CompletableFuture<Long> createOpportunityAsync(String name, BigDecimal amount, long stageId) {
        return http.sendAsync(request("POST", "api/v1/opportunities", Map.of("name", name, "amount", amount, "stageId", stageId)),
                        HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> id(checked(r)));
    }

    CompletableFuture<Void> deleteOpportunityAsync(long id) {
        return http.sendAsync(request("DELETE", "api/v1/opportunities/" + id, null), HttpResponse.BodyHandlers.ofString())
                .thenAccept(OltpClient::checked);
    }

    private HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
        return checked(http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest request(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, publisher)
                .build();
    }

    private static HttpResponse<String> checked(HttpResponse<String> r) {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + " answered "
                    + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    private static long id(HttpResponse<String> r) {
        JsonNode node = JSON.readTree(r.body());
        return node.get("id").asLong();
    }
}
