package io.pulsecrm.dashboards.web;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.config.DashboardsProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The marketers' segment builder page. Like the dashboard page it holds no figures (its script reads them), so a
 * signed token is enough to load it. Its script also calls oltp-app (the feature catalogue, saving segments,
 * campaigns and their target lists), so oltp-app's origin — and only it — is added to {@code connect-src}.
 */
@Controller
class SegmentPageController {

    private final String echartsScript = "/webjars/echarts/" + DashboardPageController.webjarVersion("echarts")
            + "/dist/echarts.min.js";
    private final String oltpUrl;
    private final String contentSecurityPolicy;

    SegmentPageController(DashboardsProperties properties) {
        this.oltpUrl = properties.oltpUrl("");
        URI oltp = URI.create(oltpUrl);
        String origin = oltp.getScheme() + "://" + oltp.getHost() + (oltp.getPort() == -1 ? "" : ":" + oltp.getPort());
        // ECharts sets inline styles on its tooltip; nothing else is inline
        this.contentSecurityPolicy = "default-src 'self'; connect-src 'self' " + origin
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
    }

    @GetMapping("/segments")
    String builder(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        model.addAttribute("oltpUrl", oltpUrl);
        model.addAttribute("loginUrl", oltpUrl + "/login");
        model.addAttribute("viewerName", viewer == null ? null : viewer.displayName());
        model.addAttribute("lang", locale.toLanguageTag());
        model.addAttribute("otherLang", locale.getLanguage().equals("en") ? "zh-CN" : "en");
        model.addAttribute("echartsScript", echartsScript);
        model.addAttribute("textKeys", SegmentTexts.KEYS);
        return "segments";
    }
}
