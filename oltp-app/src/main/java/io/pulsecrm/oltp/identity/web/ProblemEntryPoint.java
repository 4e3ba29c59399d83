package io.pulsecrm.oltp.identity.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Refusals before a controller runs. The API answers RFC 9457 problems like every other error;
 * a page sends the browser to the login page and back afterwards.
 */
@Component
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        if (isApi(request)) {
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "log in first: the request has no valid token, or its session ended");
            return;
        }
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + "/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        String message = ex.getClass().getSimpleName().contains("Csrf")
                ? "the request lacks a valid CSRF token (header X-XSRF-TOKEN from cookie XSRF-TOKEN)"
                : "you do not have the permission this action needs";
        write(response, HttpStatus.FORBIDDEN, ex.getClass().getSimpleName().contains("Csrf") ? "csrf" : "permission-denied",
                message);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                {"type":"urn:pulsecrm:problem:%s","title":"%s","status":%d,"detail":"%s","code":"%s","errors":[]}"""
                .formatted(code, status.getReasonPhrase(), status.value(), detail, code));
    }
}
