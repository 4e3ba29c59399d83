package io.pulsecrm.oltp.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.identity.*}: how logins, sessions and tokens behave.
 *
 * @param issuer                   the {@code iss} and {@code aud} of tokens; dashboards expects the same
 * @param sessionTtl               how long a login lasts; its token expires with it
 * @param adminPassword            the bootstrap super admin's password, set while {@code admin} has none
 * @param maxFailedAttempts        consecutive wrong passwords that lock an account
 * @param lockout                  how long a locked account stays locked
 * @param clientAttemptsPerMinute  failed logins one client address may make per minute before it waits
 * @param secureCookies            mark the token cookie {@code Secure} (behind HTTPS)
 * @param trustedRedirectOrigins   absolute origins the login page may send a browser back to (dashboards)
 */
@ConfigurationProperties("crm.identity")
public record IdentityProperties(
        @DefaultValue("pulse-crm") String issuer,
        @DefaultValue("8h") Duration sessionTtl,
        String adminPassword,
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("20") int clientAttemptsPerMinute,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue({"http://localhost:8090", "http://127.0.0.1:8090"}) List<String> trustedRedirectOrigins) {

    /** The cookie that carries the token for browsers; both apps on one host read it. */
    public static final String TOKEN_COOKIE = "PULSE_TOKEN";
}
