package io.pulsecrm.dashboards.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page asked for without a valid token: to oltp-app's login, which sends the browser back to {@code next} (the
 * page's absolute URL) once the cookie is set. Dashboards has no login of its own.
 */
final class LoginRedirect implements AuthenticationEntryPoint {

    private final String loginUrl;

    LoginRedirect(String loginUrl) {
        this.loginUrl = loginUrl;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String here = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
        response.sendRedirect(loginUrl + "?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }
}
