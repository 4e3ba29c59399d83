package io.pulsecrm.dashboards.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** oltp-app's public REST API, called the way an integration would: logged in, with the bearer token. */
final class OltpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private Long customer;

    private OltpApi(String baseUrl, String token) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    /** Logs in ({@code POST /api/v1/auth/login}); every later call carries the token it answers. */
    static OltpApi loggedIn(String baseUrl, String username, String password) {
        OltpApi anonymous = new OltpApi(baseUrl, null);
        HttpResponse<String> response = anonymous.post("/api/v1/auth/login",
                JSON.writeValueAsString(Map.of("username", username, "password", password)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " answered " + response.statusCode() + ": " + response.body());
        }
        return new OltpApi(baseUrl, JSON.readTree(response.body()).get("token").asString());
    }

    /** The token oltp-app issued at login, for calling dashboards as the same user. */
    String token() {
        return token;
    }

    String baseUrl() {
        return base;
    }

    long createStage(String name, int position, String winRate) {
        return call("POST", "/api/v1/stages", Map.of("name", name, "position", position, "winRate", new BigDecimal(winRate)))
                .get("id").asLong();
    }

    /** A deal under this user's own customer (every deal has one; made on first use). */
    long createOpportunity(String name, String amount, long stageId) {
        return call("POST", "/api/v1/opportunities", Map.of("name", name, "amount", new BigDecimal(amount),
                "stageId", stageId, "customerId", customer())).get("id").asLong();
    }

    private synchronized long customer() {
        if (customer == null) {
            customer = call("POST", "/api/v1/customers",
                    Map.of("name", "e2e 客户 " + Long.toString(System.nanoTime(), 36), "level", "NORMAL")).get("id").asLong();
        }
        return customer;
    }

    void moveToStage(long opportunityId, long stageId) {
        call("POST", "/api/v1/opportunities/" + opportunityId + "/stage", Map.of("stageId", stageId));
    }

    void markWon(long opportunityId) {
        call("POST", "/api/v1/opportunities/" + opportunityId + "/won", null);
    }

    void markLost(long opportunityId, String reason) {
        call("POST", "/api/v1/opportunities/" + opportunityId + "/lost", Map.of("reason", reason));
    }

    void delete(long opportunityId) {
        call("DELETE", "/api/v1/opportunities/" + opportunityId, null);
    }

    /** The raw answer, for bad-input checks. */
    HttpResponse<String> post(String path, String jsonBody) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Any endpoint: the answer's JSON (empty for 204); an answer of 300 or more fails the test with its body. */
    JsonNode call(String method, String path, Object body) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
