package io.pulsecrm.dashboards.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the API refuses, as RFC 9457 problems: 401 without a valid login (with where to log in, so a page's script
 * can send the browser there), 403 without the dashboard permission, 503 while the login cannot be checked.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final URI UNAUTHORIZED = URI.create("urn:pulsecrm:problem:unauthorized");
    static final URI FORBIDDEN = URI.create("urn:pulsecrm:problem:forbidden");
    static final URI WAREHOUSE_UNAVAILABLE = URI.create("urn:pulsecrm:problem:warehouse-unavailable");

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final String loginUrl;

    ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json, String loginUrl) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.loginUrl = loginUrl;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginUnverifiable) {
            log.warn("Answering 503, the login cannot be checked: {}", e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, WAREHOUSE_UNAVAILABLE, "warehouseUnavailable");
            return;
        }
        log.debug("Answering 401 to {}: {}", request.getRequestURI(), e.getMessage());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, "unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        log.info("Answering 403 to {} for {}", request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName(),
                request.getRequestURI());
        // the segment builder needs segment:view, not dashboard:view: say which is missing
        write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN,
                request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/segments") ? "forbiddenSegments"
                        : "forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            String key) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem." + key + ".detail", null, locale));
        problem.setTitle(messages.getMessage("problem." + key + ".title", null, locale));
        problem.setType(type);
        if (status == HttpStatus.UNAUTHORIZED) {
            problem.setProperty("loginUrl", loginUrl);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
