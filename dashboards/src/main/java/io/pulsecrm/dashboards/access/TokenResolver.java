package io.pulsecrm.dashboards.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Where a request carries oltp-app's token: {@code Authorization: Bearer} (API clients) or else the
 * {@code PULSE_TOKEN} cookie that oltp-app's login sets (browsers; both apps share the host, and cookies
 * do not tell ports apart). The header wins, so a client that sends one is judged by it alone.
 */
final class TokenResolver implements BearerTokenResolver {

    static final String COOKIE = "PULSE_TOKEN";

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return header.resolve(request);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Whether the request authenticates with the header rather than the cookie (no CSRF risk then). */
    static boolean usesHeader(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }
}
