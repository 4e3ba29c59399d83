package io.pulsecrm.dashboards.access;

import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who gets what without a real token: the rules of the three filter chains. */
@SpringBootTest(properties = "crm.dashboards.oltp-public-url=http://crm.example:8080/")
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class AccessRulesTest {

    @Autowired MockMvc mvc;

    @Test
    void apiWithoutTokenAnswers401ProblemSayingWhereToLogIn() throws Exception {
        mvc.perform(get("/api/v1/charts/pipeline").param("lang", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:unauthorized"))
                .andExpect(jsonPath("$.title").value("Not signed in"))
                .andExpect(jsonPath("$.loginUrl").value("http://crm.example:8080/login"));
        mvc.perform(get("/api/v1/stream")).andExpect(status().isUnauthorized());
    }

    @Test
    void pageWithoutTokenGoesToTheOltpLoginAndComesBackHere() throws Exception {
        mvc.perform(get("/?lang=en"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location",
                        "http://crm.example:8080/login?next=http%3A%2F%2Flocalhost%2F%3Flang%3Den"));
    }

    @Test
    void viewerWithoutDashboardPermissionGets403Problem() throws Exception {
        mvc.perform(get("/api/v1/charts/pipeline").with(as(TestViewers.withoutDashboardPermission())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:forbidden"))
                .andExpect(jsonPath("$.title").value("无权查看仪表盘"));
    }

    @Test
    void assetsAndHealthArePublicEvenWithAStaleCookie() throws Exception {
        Cookie stale = new Cookie("PULSE_TOKEN", "not.a.token");
        mvc.perform(get("/js/dashboard-page.js").cookie(stale)).andExpect(status().isOk());
        mvc.perform(get("/css/pipeline.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").cookie(stale)).andExpect(status().isOk());
    }

    @Test
    void pageCarriesAScriptReadableCsrfCookieAndTheViewersName() throws Exception {
        mvc.perform(get("/").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(cookie().exists("XSRF-TOKEN"))
                .andExpect(cookie().httpOnly("XSRF-TOKEN", false))
                .andExpect(content().string(containsString("当前用户：管理员")))
                .andExpect(content().string(containsString("data-login-url=\"http://crm.example:8080/login\"")));
    }

    @Test
    void unsafeMethodWithoutCsrfHeaderIsRefusedAndWithItPassesSecurity() throws Exception {
        mvc.perform(post("/api/v1/charts/pipeline").with(as(admin())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/charts/pipeline").with(as(admin())).with(csrf()))
                .andExpect(status().isMethodNotAllowed());
    }

    /**
     * The XSRF-TOKEN cookie belongs to the host, so it is oltp-app's too: no answer here may expire or replace it
     * (Spring's default treated every cookie-signed request as a login and expired it, which left the segment builder
     * nothing to send with its save to oltp-app).
     */
    @Test
    void pagesAndDataLeaveTheBrowsersCsrfCookieAlone() throws Exception {
        Cookie shared = new Cookie("XSRF-TOKEN", "shared-with-oltp-app");
        mvc.perform(get("/segments").with(as(admin())).cookie(shared))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("XSRF-TOKEN"));
        mvc.perform(get("/api/v1/segments").with(as(admin())).cookie(shared))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("XSRF-TOKEN"));
    }

    /** The login cookie is ambient: a change it signs needs the header even though it is read as a bearer token. */
    @Test
    void cookieSignedChangeWithoutTheCsrfHeaderIsRefusedBeforeTheTokenIsRead() throws Exception {
        Cookie login = new Cookie("PULSE_TOKEN", "any.signed.token");
        mvc.perform(post("/api/v1/segments/preview").cookie(login, new Cookie("XSRF-TOKEN", "t-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/segments/preview").cookie(login, new Cookie("XSRF-TOKEN", "t-1"))
                        .header("X-XSRF-TOKEN", "t-2").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/segments/preview").cookie(login, new Cookie("XSRF-TOKEN", "t-1"))
                        .header("X-XSRF-TOKEN", "t-1").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized()); // past CSRF; the made-up token itself is then refused
    }
}
