package io.pulsecrm.dashboards.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.dashboards.support.BuiltInRoles;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.dashboards.support.SseClient;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on on the real local stack: tokens signed by a key this test publishes as JWKS (standing in for
 * oltp-app), users, sessions and roles in ClickHouse as CDC replicates them. Each test makes its own users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "crm.dashboards.oltp-public-url=http://crm.test:8080")
class SingleSignOnIT {

    private static final String CHART = "/api/v1/charts/pipeline";
    private static final long ROOT = BuiltInRoles.TOP_DEPARTMENT, SUPER = BuiltInRoles.SUPER_ADMIN, VIEWER = BuiltInRoles.SALES_REP,
            NO_DASHBOARD = BuiltInRoles.SERVICE_AGENT;
    private static final AtomicLong IDS = new AtomicLong(1_000);

    private static SinkSimulator sink;
    private static WarehouseRows rows;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_sso_it").configure(registry);
        rows = sink.rows();
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private static SignedIn signIn(long... roles) {
        return sink.signIn(IDS.incrementAndGet(), ROOT, roles);
    }

    @Test
    void tokenOfALiveSessionWithThePermissionIsAnswered() throws Exception {
        SignedIn viewer = signIn(VIEWER);

        assertThat(status(viewer.token())).isEqualTo(200);
    }

    @Test
    void expiredForeignIssuerOrUnknownKeyTokensAre401() throws Exception {
        SignedIn viewer = signIn(VIEWER);
        Instant past = Instant.now().minusSeconds(600);

        assertThat(status(sink.issuer().token(viewer.userId(), viewer.sessionId(),
                c -> c.issueTime(Date.from(past.minusSeconds(60))).expirationTime(Date.from(past))))).isEqualTo(401);
        assertThat(status(sink.issuer().token(viewer.userId(), viewer.sessionId(), c -> c.issuer("someone-else")))).isEqualTo(401);
        assertThat(status(sink.issuer().token(viewer.userId(), viewer.sessionId(), c -> c.audience("another-app")))).isEqualTo(401);
        assertThat(status(sink.issuer().tokenOfAnotherKey(viewer.userId(), viewer.sessionId()))).isEqualTo(401);
        assertThat(status("not-a-token")).isEqualTo(401);
    }

    @Test
    void revokedSessionIsRefusedOnTheNextRequest() throws Exception {
        SignedIn viewer = signIn(VIEWER);
        assertThat(status(viewer.token())).isEqualTo(200);

        rows.session(viewer.sessionId(), viewer.userId(), 3600, true); // logout, as CDC brings it

        assertThat(status(viewer.token())).isEqualTo(401);
    }

    @Test
    void disabledUserIsRefusedOnTheNextRequest() throws Exception {
        SignedIn viewer = signIn(VIEWER);
        assertThat(status(viewer.token())).isEqualTo(200);

        rows.user(viewer.userId(), ROOT, null, false);

        assertThat(status(viewer.token())).isEqualTo(401);
    }

    @Test
    void expiredSessionOrASessionOfSomeoneElseIsRefused() throws Exception {
        SignedIn viewer = signIn(VIEWER);
        SignedIn other = signIn(VIEWER);
        UUID expired = UUID.randomUUID();
        rows.session(expired, viewer.userId(), -5, false);

        assertThat(status(sink.issuer().token(viewer.userId(), expired))).isEqualTo(401);
        assertThat(status(sink.issuer().token(viewer.userId(), other.sessionId()))).isEqualTo(401);
        assertThat(status(sink.issuer().token(viewer.userId(), UUID.randomUUID()))).isEqualTo(401);
    }

    @Test
    void aLoginJustMadeIsWaitedForUntilItReachesClickHouse() throws Exception {
        long user = IDS.incrementAndGet();
        UUID session = UUID.randomUUID();
        String token = sink.issuer().token(user, session); // oltp-app logged in; CDC has not brought the rows yet

        var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return status(token);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1_000);
        rows.user(user, ROOT, null, true);
        rows.userRole(user, VIEWER, false);
        rows.session(session, user, 3600, false);

        assertThat(answer.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
    }

    @Test
    void userWithoutDashboardPermissionIs403AndSuperAdminHasItWithoutARow() throws Exception {
        assertThat(status(signIn(NO_DASHBOARD).token())).isEqualTo(403);
        assertThat(status(signIn(SUPER).token())).isEqualTo(200);
    }

    @Test
    void losingThePermissionIsA403OnTheNextRequest() throws Exception {
        long role = IDS.incrementAndGet();
        rows.role(role, null, "SELF");
        rows.rolePermission(role, "dashboard:view", false);
        SignedIn viewer = signIn(role);
        assertThat(status(viewer.token())).isEqualTo(200);

        rows.rolePermission(role, "dashboard:view", true);

        assertThat(status(viewer.token())).isEqualTo(403);
    }

    @Test
    void browserCookieWorksForPagesAndDataAndNoTokenSendsThePageToTheLogin() throws Exception {
        SignedIn viewer = signIn(VIEWER);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/?lang=en"))
                .header("Cookie", "PULSE_TOKEN=" + viewer.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> data = http.send(HttpRequest.newBuilder(uri(CHART))
                .header("Cookie", "PULSE_TOKEN=" + viewer.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/?lang=en")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Signed in as User " + viewer.userId());
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("http://crm.test:8080/login?next="
                + java.net.URLEncoder.encode("http://127.0.0.1:" + port + "/?lang=en", java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void liveStreamEndsOnceTheSessionIsRevoked() throws Exception {
        SignedIn viewer = signIn(VIEWER);
        try (var stream = new SseClient(uri("/api/v1/stream"), viewer.token())) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !stream.events("pipeline").isEmpty());

            rows.session(viewer.sessionId(), viewer.userId(), 3600, true);

            await().atMost(Duration.ofSeconds(20)).until(() -> !stream.events("unauthorized").isEmpty());
            assertThat(stream.events("unauthorized").getFirst().data()).contains("\"status\":401");
        }
    }

    private int status(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(CHART)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
