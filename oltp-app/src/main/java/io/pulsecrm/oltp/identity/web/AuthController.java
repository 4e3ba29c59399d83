package io.pulsecrm.oltp.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.IdentityProperties;
import io.pulsecrm.oltp.identity.LoginService;
import io.pulsecrm.oltp.identity.Session;
import io.pulsecrm.oltp.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Log in and out; who am I")
class AuthController {

    private final LoginService logins;
    private final CurrentViewer viewer;
    private final IdentityProperties properties;
    private final CsrfTokenRepository csrfTokens;

    AuthController(LoginService logins, CurrentViewer viewer, IdentityProperties properties,
            CsrfTokenRepository csrfTokens) {
        this.logins = logins;
        this.viewer = viewer;
        this.properties = properties;
        this.csrfTokens = csrfTokens;
    }

    record Credentials(
            @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String username,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String password) {
    }

    record LoginResponse(String token, String tokenType, Instant expiresAt, long userId) {
    }

    @PostMapping("/auth/login")
    @Operation(summary = "Log in: answers a bearer token and sets it as the PULSE_TOKEN cookie for browsers")
    ResponseEntity<LoginResponse> login(@Valid @RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        Session session = logins.login(credentials.username(), credentials.password(), request.getRemoteAddr(),
                request.getHeader(HttpHeaders.USER_AGENT));
        // A new login gets a new CSRF token: one planted in the browser before it (a cookie set by a neighbouring
        // host, say) must not carry over. Requests themselves never replace it (SecurityConfiguration).
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        Duration ttl = Duration.between(Instant.now(), session.expiresAt());
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie(session.token(), ttl).toString())
                .body(new LoginResponse(session.token(), "Bearer", session.expiresAt(), session.userId()));
    }

    @PostMapping("/auth/logout")
    @Operation(summary = "Log out: ends the session everywhere (this app and dashboards) and clears the cookie")
    ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
        logins.logout(viewer.get().sessionId());
        csrfTokens.saveToken(null, request, response);
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString()).build();
    }

    record Me(long id, String username, String displayName, long departmentId, boolean superAdmin,
              List<String> roles, Set<String> permissions, boolean seesEverything) {
    }

    @GetMapping("/me")
    @Operation(summary = "The logged-in user, their roles and permissions (the UI shows what they allow)")
    Me me() {
        Viewer me = viewer.get();
        return new Me(me.userId(), me.username(), me.displayName(), me.departmentId(), me.superAdmin(), me.roles(),
                new TreeSet<>(me.permissions()), me.scope().all());
    }

    private ResponseCookie cookie(String token, Duration ttl) {
        return ResponseCookie.from(IdentityProperties.TOKEN_COOKIE, token)
                .httpOnly(true).secure(properties.secureCookies()).sameSite("Lax").path("/").maxAge(ttl).build();
    }
}
