package io.pulsecrm.oltp.identity.web;

import java.io.IOException;
import java.util.Arrays;

import io.pulsecrm.oltp.identity.IdentityProperties;
import io.pulsecrm.oltp.identity.TokenAuthentication;
import io.pulsecrm.oltp.identity.Tokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates browsers by the token cookie. It runs after the CSRF filter, which therefore still
 * guards cookie-authenticated changes (the resource server's own bearer handling would exempt any
 * request it found a token for). A bad or expired cookie leaves the request anonymous: the API
 * answers 401, pages go to the login page. Public pages ignore the cookie altogether.
 */
class CookieTokenFilter extends OncePerRequestFilter {

    private final Tokens tokens;
    private final TokenAuthentication authentication;
    private final RequestMatcher publicPages;

    CookieTokenFilter(Tokens tokens, TokenAuthentication authentication, String... publicPatterns) {
        this.tokens = tokens;
        this.authentication = authentication;
        this.publicPages = new OrRequestMatcher(Arrays.stream(publicPatterns)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = cookieToken(request);
        if (token != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null && !publicPages.matches(request)) {
            try {
                SecurityContextHolder.getContext().setAuthentication(authentication.authenticate(tokens.decoder().decode(token)));
            } catch (JwtException | AuthenticationException e) {
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    private static String cookieToken(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (IdentityProperties.TOKEN_COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
