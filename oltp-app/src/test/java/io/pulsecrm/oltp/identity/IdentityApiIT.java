package io.pulsecrm.oltp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import io.pulsecrm.oltp.support.TestUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class IdentityApiIT extends ApiIntegrationTest {

    private MvcTestResult login(String username, String password, String client) {
        return mvc.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })
                .content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)).exchange();
    }

    private long freshUser() {
        return users.user(users.department(null), null, "SALES_REP");
    }

    private static String client() {
        return "10.%d.%d.%d".formatted((int) (Math.random() * 250), (int) (Math.random() * 250), (int) (Math.random() * 250));
    }

    @Test
    void loginAnswersATokenAndSetsAnHttpOnlyCookie() {
        long user = freshUser();
        MvcTestResult result = login(users.username(user), TestUsers.PASSWORD, client());
        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .filteredOn(cookie -> cookie.startsWith("PULSE_TOKEN="))
                .singleElement().asString().contains("HttpOnly").contains("SameSite=Lax");
        String token = JsonPath.read(body(result), "$.token");
        token = token.strip();
        MvcTestResult me = mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(me).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.id").asNumber().isEqualTo((int) user);
        // a bearer call needs no CSRF token, so none is made for it; a cookie-signed one gets the scripts' cookie
        assertThat(me).cookies().doesNotContainCookie("XSRF-TOKEN");
        assertThat(mvc.get().uri("/api/v1/me").cookie(new Cookie("PULSE_TOKEN", token)).exchange())
                .hasStatus(HttpStatus.OK).cookies().containsCookie("XSRF-TOKEN");
    }

    @Test
    void aMalformedBearerTokenIsAnInvalidToken() {
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer not a token").exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedAlike() {
        long user = freshUser();
        MvcTestResult wrong = login(users.username(user), "not-it", client());
        MvcTestResult unknown = login("nobody-" + UUID.randomUUID(), "whatever", client());
        assertThat(wrong).hasStatus(HttpStatus.UNAUTHORIZED).bodyJson().extractingPath("$.code").isEqualTo("login-refused");
        assertThat(unknown).hasStatus(HttpStatus.UNAUTHORIZED).bodyJson().extractingPath("$.detail")
                .isEqualTo("wrong username or password");
    }

    @Test
    void missingCredentialsNameTheField() {
        MvcTestResult result = mvc.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"admin\"}").exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("password");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        long user = freshUser();
        String name = users.username(user);
        for (int i = 0; i < 4; i++) {
            assertThat(login(name, "wrong", client())).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        assertThat(login(name, "wrong", client())).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .bodyJson().extractingPath("$.code").isEqualTo("account-locked");
        MvcTestResult right = login(name, TestUsers.PASSWORD, client());
        assertThat(right).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(right.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
    }

    @Test
    void oneClientFailingTooOftenIsThrottledAcrossAccounts() {
        String client = client();
        for (int i = 0; i < 20; i++) {
            assertThat(login("nobody-" + i + "-" + UUID.randomUUID(), "x", client)).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        long user = freshUser();
        assertThat(login(users.username(user), TestUsers.PASSWORD, client)).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .bodyJson().extractingPath("$.code").isEqualTo("login-throttled");
        assertThat(login(users.username(user), TestUsers.PASSWORD, client())).hasStatus(HttpStatus.OK);
    }

    @Test
    void anExpiredSessionIsRefused() {
        long user = freshUser();
        String token = users.tokenOf(user);
        jdbc.sql("update user_session set created_at = now() - interval '9 hours', expires_at = now() - interval '1 hour' where user_id = :u")
                .param("u", user).update();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson().extractingPath("$.code").isEqualTo("unauthenticated");
    }

    /** A token planted in the browser before the login must not be the one the logged-in pages send back. */
    @Test
    void loginIssuesAFreshCsrfTokenAndLogoutClearsIt() {
        long user = freshUser();
        MvcTestResult result = mvc.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .cookie(new Cookie("XSRF-TOKEN", "planted"))
                .content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(users.username(user), TestUsers.PASSWORD))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.OK);
        Cookie fresh = result.getResponse().getCookie("XSRF-TOKEN");
        assertThat(fresh).isNotNull();
        assertThat(fresh.getValue()).isNotBlank().isNotEqualTo("planted");
        assertThat(fresh.isHttpOnly()).isFalse();

        String token = JsonPath.read(body(result), "$.token");
        MvcTestResult logout = mvc.post().uri("/api/v1/auth/logout").cookie(new Cookie("PULSE_TOKEN", token), fresh)
                .header("X-XSRF-TOKEN", fresh.getValue()).exchange();
        assertThat(logout).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(logout.getResponse().getCookie("XSRF-TOKEN")).isNotNull()
                .extracting(Cookie::getMaxAge).isEqualTo(0);
    }

    @Test
    void logoutEndsTheSession() {
        long user = freshUser();
        String token = JsonPath.read(body(login(users.username(user), TestUsers.PASSWORD, client())), "$.token");
        assertThat(mvc.post().uri("/api/v1/auth/logout").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDisabledUserIsRefusedAtOnce() {
        long user = freshUser();
        String token = users.tokenOf(user);
        jdbc.sql("update app_user set enabled = false where id = :u").param("u", user).update();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(login(users.username(user), TestUsers.PASSWORD, client())).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = users.tokenOf(freshUser());
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void withoutATokenTheApiAnswers401AndPagesGoToLogin() {
        assertThat(mvc.get().uri("/api/v1/opportunities").exchange()).hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.code").isEqualTo("unauthenticated");
        MvcTestResult page = mvc.get().uri("/app/customers?x=1").exchange();
        assertThat(page).hasStatus(HttpStatus.FOUND);
        assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/login?next=%2Fapp%2Fcustomers%3Fx%3D1");
    }

    @Test
    void cookieAuthenticatedChangesNeedTheCsrfToken() {
        long user = freshUser();
        String token = users.tokenOf(user);
        String json = "{\"name\": \"CSRF 商机\", \"amount\": 1, \"stageId\": %d, \"customerId\": %d}"
                .formatted(newStage("10"), newCustomerOf(user));
        long before = count("opportunity");
        assertThat(mvc.post().uri("/api/v1/opportunities").cookie(new Cookie("PULSE_TOKEN", token))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange())
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("csrf");
        assertThat(count("opportunity")).isEqualTo(before);
        Cookie csrf = new Cookie("XSRF-TOKEN", "abc-123");
        assertThat(mvc.post().uri("/api/v1/opportunities").cookie(new Cookie("PULSE_TOKEN", token), csrf)
                .header("X-XSRF-TOKEN", "abc-123").contentType(MediaType.APPLICATION_JSON).content(json).exchange())
                .hasStatus(HttpStatus.CREATED);
        assertThat(mvc.get().uri("/api/v1/me").cookie(new Cookie("PULSE_TOKEN", token)).exchange()).hasStatus(HttpStatus.OK);
    }

    @Test
    void tokensVerifyAgainstThePublishedJwks() throws Exception {
        MvcTestResult jwks = mvc.get().uri("/.well-known/jwks.json").exchange();
        assertThat(jwks).hasStatus(HttpStatus.OK);
        JWKSet set = JWKSet.parse(body(jwks));
        assertThat(set.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        SignedJWT jwt = SignedJWT.parse(users.tokenOf(freshUser()));
        RSAKey key = (RSAKey) set.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("pulse-crm");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("pulse-crm");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("sid")).isNotBlank();
    }

    @Test
    void theLoginPageNeverRedirectsToAForeignSite() {
        assertThat(mvc.get().uri("/login?next=https://evil.example/steal").exchange()).hasStatus(HttpStatus.OK)
                .bodyText().contains("data-next=\"/\"").doesNotContain("evil.example");
        assertThat(mvc.get().uri("/login?next=//evil.example").exchange()).bodyText().contains("data-next=\"/\"");
        assertThat(mvc.get().uri("/login?next=http://localhost:8090/?lang=en").exchange()).bodyText()
                .contains("data-next=\"http://localhost:8090/?lang=en\"");
    }
}
