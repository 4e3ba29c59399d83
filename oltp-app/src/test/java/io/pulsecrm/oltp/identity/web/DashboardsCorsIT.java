package io.pulsecrm.oltp.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The dashboards' segment builder calls oltp-app from its own origin: that origin, with the login cookie and the
 * CSRF header, on the builder's paths only. Any other origin, or any other path, gets no CORS permission, so the
 * browser keeps the answer from the page.
 */
@TestPropertySource(properties = "crm.dashboards.public-url=http://dash.example.test:8090/")
class DashboardsCorsIT extends ApiIntegrationTest {

    private static final String DASHBOARDS = "http://dash.example.test:8090";
    private static final String HIGH_VALUE = """
            {"feature": "level", "operator": "EQ", "values": ["KEY"]}""";

    private MvcTestResult preflight(String path, String origin, String method) {
        return mvc.options().uri(path).header(HttpHeaders.ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,x-xsrf-token").exchange();
    }

    @Test
    void theDashboardsOriginMayCallTheBuildersPathsWithCredentials() {
        for (String path : new String[] {"/api/v1/segments", "/api/v1/segments/7", "/api/v1/segments/features",
            "/api/v1/campaigns", "/api/v1/campaigns/3/targets"}) {
            MvcTestResult answer = preflight(path, DASHBOARDS, "POST");
            assertThat(answer).as(path).hasStatusOk();
            assertThat(answer).as(path).headers()
                    .hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DASHBOARDS)
                    .hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        }
    }

    @Test
    void anotherOriginIsRefusedEvenOnTheBuildersPaths() {
        MvcTestResult answer = preflight("/api/v1/segments", "http://evil.example.test", "POST");
        assertThat(answer).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(answer).headers().doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        MvcTestResult sameHostOtherPort = preflight("/api/v1/segments", "http://dash.example.test:9999", "GET");
        assertThat(sameHostOtherPort).headers().doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void otherPathsGetNoCorsPermissionEvenFromTheDashboards() {
        for (String path : new String[] {"/api/v1/customers", "/api/v1/me", "/api/v1/campaigns/3",
            "/api/v1/auth/login"}) {
            assertThat(preflight(path, DASHBOARDS, "POST")).as(path).headers()
                    .doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        }
    }

    @Test
    void aCookieAuthenticatedSaveFromTheDashboardsNeedsTheCsrfHeaderAndExposesLocation() {
        long user = users.user(users.department(null), null, "MARKETER");
        Cookie login = new Cookie("PULSE_TOKEN", users.tokenOf(user));
        String json = "{\"name\": \"跨源分群 %d\", \"rule\": %s}".formatted(System.nanoTime(), HIGH_VALUE);
        long before = count("segment");

        MvcTestResult forged = mvc.post().uri("/api/v1/segments").header(HttpHeaders.ORIGIN, DASHBOARDS).cookie(login)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(forged).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("segment")).isEqualTo(before);

        MvcTestResult saved = mvc.post().uri("/api/v1/segments").header(HttpHeaders.ORIGIN, DASHBOARDS)
                .cookie(login, new Cookie("XSRF-TOKEN", "xsrf-1")).header("X-XSRF-TOKEN", "xsrf-1")
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(saved).hasStatus(HttpStatus.CREATED);
        assertThat(saved).headers().hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DASHBOARDS)
                .hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        assertThat(saved.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)).contains("Location");
    }

    /** The cookie is the host's, shared with the dashboards' page: a call it signs must not replace the token. */
    @Test
    void aCookieSignedCallKeepsTheBrowsersCsrfToken() {
        long user = users.user(users.department(null), null, "MARKETER");
        Cookie login = new Cookie("PULSE_TOKEN", users.tokenOf(user));

        MvcTestResult read = mvc.get().uri("/api/v1/segments/features").header(HttpHeaders.ORIGIN, DASHBOARDS)
                .cookie(login, new Cookie("XSRF-TOKEN", "xsrf-kept")).exchange();

        assertThat(read).hasStatusOk();
        assertThat(read).cookies().doesNotContainCookie("XSRF-TOKEN");
    }
}
