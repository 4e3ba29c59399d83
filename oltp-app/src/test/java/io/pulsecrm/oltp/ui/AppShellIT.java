package io.pulsecrm.oltp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The server's side of the reps' UI: every client-side route answers the same shell, the UI's files are
 * served as files, the page states the language the server resolved, and nothing is served to a
 * browser that has not logged in.
 */
class AppShellIT extends ApiIntegrationTest {

    private MvcTestResult page(String path, Cookie... cookies) {
        var request = mvc.get().uri(path);
        if (cookies.length > 0) {
            request = request.cookie(cookies);
        }
        return request.exchange();
    }

    private Cookie session() {
        return new Cookie("PULSE_TOKEN", users.login("admin", ADMIN_PASSWORD));
    }

    @Test
    void everyRouteUnderAppAnswersTheShellInChineseByDefault() {
        for (String path : new String[] {"/app", "/app/", "/app/leads", "/app/leads/42", "/app/opportunities/7/edit",
                "/app/org/roles/3"}) {
            MvcTestResult result = page(path, session());
            assertThat(result).as(path).hasStatusOk();
            assertThat(result).bodyText().contains("<html lang=\"zh-CN\"")
                    .contains("data-lang=\"zh-CN\"")
                    .contains("<script type=\"module\" src=\"/app/js/main.js\"></script>")
                    .contains("加载中…");
        }
    }

    @Test
    void theShellStatesEnglishWhenTheUserSwitchedAndSetsTheLanguageCookie() {
        MvcTestResult result = page("/app/opportunities?lang=en", session());

        assertThat(result).hasStatusOk().bodyText().contains("<html lang=\"en\"").contains("data-lang=\"en\"");
        assertThat(result).cookies().containsCookie("PULSE_LANG");
    }

    @Test
    void theShellHandsOutTheCsrfCookieSoTheFirstChangeIsAccepted() {
        assertThat(page("/app", session())).cookies().containsCookie("XSRF-TOKEN");
    }

    @Test
    void theUisFilesAreServedAsFilesNotAsTheShell() {
        assertThat(page("/app/js/main.js", session())).hasStatusOk().bodyText().contains("startRouter");
        assertThat(page("/app/css/app.css", session())).hasStatusOk().bodyText().contains(".shell");
        assertThat(page("/app/i18n/en.json", session())).hasStatusOk().bodyText().contains("\"opportunities\"");
    }

    @Test
    void theShellRunsUnderTheContentSecurityPolicy() {
        String csp = page("/app/leads", session()).getResponse().getHeader("Content-Security-Policy");

        assertThat(csp).contains("script-src 'self'").contains("style-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void aBrowserWithoutSessionIsSentToTheLoginPageAndBackAfterwards() {
        MvcTestResult result = page("/app/leads/42?tab=followUps");

        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result).headers().hasValue(HttpHeaders.LOCATION, "/login?next=%2Fapp%2Fleads%2F42%3Ftab%3DfollowUps");
        assertThat(page("/app/js/main.js")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void theRootGoesToTheApp() {
        assertThat(page("/", session())).hasStatus(HttpStatus.FOUND).headers().hasValue(HttpHeaders.LOCATION, "/app");
    }
}
