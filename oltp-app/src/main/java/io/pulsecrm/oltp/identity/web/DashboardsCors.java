package io.pulsecrm.oltp.identity.web;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin calls from the dashboards' segment builder. Services never call each other, so the marketer's
 * browser, on the dashboards' page, saves segments and fills campaign target lists here itself, with the login
 * cookie both apps share (same host) and the CSRF header. Only the dashboards' public origin, with credentials, and
 * only the paths the builder uses; everything else stays same-origin. The setting empty → no cross-origin calls.
 *
 * @param publicUrl where browsers reach the dashboards ({@code CRM_DASHBOARDS_PUBLIC_URL}); only its origin counts
 */
@ConfigurationProperties("crm.dashboards")
record DashboardsCors(String publicUrl) {

    /** The builder's calls: segments (save, read, the feature catalogue), campaigns to pick, their target lists. */
    static final List<String> PATHS = List.of("/api/v1/segments", "/api/v1/segments/**", "/api/v1/campaigns",
            "/api/v1/campaigns/*/targets");

    CorsConfigurationSource source() {
        var source = new UrlBasedCorsConfigurationSource();
        if (!StringUtils.hasText(publicUrl)) {
            return source;
        }
        var config = new CorsConfiguration();
        config.setAllowedOrigins(List.of(origin(publicUrl)));
        config.setAllowCredentials(true);
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        config.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language", "X-XSRF-TOKEN"));
        config.setExposedHeaders(List.of("Location"));
        config.setMaxAge(600L);
        PATHS.forEach(path -> source.registerCorsConfiguration(path, config));
        return source;
    }

    /** {@code http://host:port} of a URL, as a browser's Origin header writes it (no path, no trailing slash). */
    static String origin(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("crm.dashboards.public-url must be an absolute URL: " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
