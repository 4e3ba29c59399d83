package io.pulsecrm.dashboards.web;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.config.DashboardsProperties;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The managers' dashboard page (every widget, the filters, the drill-downs). It never touches ClickHouse itself, so it loads even when the warehouse
 * is down; its script fetches the chart and then follows the stream. It needs a signed token only: the data
 * behind it is what checks the login and the permission, and a refusal there sends the browser to the login.
 */
@Controller
class DashboardPageController {

    /** Everything from this app: no CDN. ECharts sets inline styles on its tooltip. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

    private final String echartsScript = "/webjars/echarts/" + webjarVersion("echarts") + "/dist/echarts.min.js";
    private final String loginUrl;

    DashboardPageController(DashboardsProperties properties) {
        this.loginUrl = properties.oltpUrl("/login");
    }

    /** The brief's tiles, in order, and the codes of categories a drill-down item may carry → their message keys. */
    private static final List<String> BRIEF = List.of("NEW_CUSTOMERS", "NEW_CONTACTS", "NEW_OPPORTUNITIES",
            "SIGNED_CONTRACTS", "RECEIPTS", "FOLLOW_UPS");
    private static final Map<String, String> CATEGORIES = categories();

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        model.addAttribute("loginUrl", loginUrl);
        model.addAttribute("viewerName", viewer == null ? null : viewer.displayName());
        model.addAttribute("lang", locale.toLanguageTag());
        model.addAttribute("otherLang", locale.getLanguage().equals("en") ? "zh-CN" : "en");
        model.addAttribute("echartsScript", echartsScript);
        model.addAttribute("briefFacts", BRIEF);
        model.addAttribute("categoryKeys", CATEGORIES);
        return "dashboard";
    }

    private static Map<String, String> categories() {
        Map<String, String> keys = new LinkedHashMap<>();
        SalesFact.POOL_EVENTS.categories().stream().sorted().forEach(kind -> keys.put(kind, "pool.kind." + kind));
        SalesFact.FOLLOW_UPS.categories().stream().sorted().forEach(kind -> keys.put(kind, "followup.kind." + kind));
        return keys;
    }

    /** The version of the echarts webjar on the classpath, so the script path follows the pom. */
    static String webjarVersion(String name) {
        String path = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = DashboardPageController.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("webjar " + name + " is not on the classpath");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
