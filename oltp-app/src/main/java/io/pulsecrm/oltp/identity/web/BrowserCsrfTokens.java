package io.pulsecrm.oltp.identity.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * CSRF for the pages' scripts, as Spring Security's single-page-application setup does it (the token in the
 * readable {@code XSRF-TOKEN} cookie, sent back in the {@code X-XSRF-TOKEN} header; BREACH-masked when rendered),
 * except that the cookie is rendered only for requests without an {@code Authorization} header. A bearer
 * request needs no CSRF token (the browser never adds that header by itself), and making one for each (a
 * random token and a Set-Cookie header on every API response) cost oltp-app 3% of its CPU per request.
 */
final class BrowserCsrfTokens implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        masked.handle(request, response, csrfToken);
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            // loading the deferred token renders it to the cookie the scripts read
            csrfToken.get();
        }
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        // the header carries the cookie's raw value; a form parameter would carry the masked one
        String header = request.getHeader(csrfToken.getHeaderName());
        return (StringUtils.hasText(header) ? plain : masked).resolveCsrfTokenValue(request, csrfToken);
    }
}
