package io.pulsecrm.dashboards.access;

import java.time.Instant;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified token into a {@link ViewerAuthentication}. Two ways:
 * <ul>
 * <li>{@link #checked}: for data (the API and the stream), the user and session are checked in ClickHouse and the
 * viewer's grants read; a refused login is a 401, an unreachable ClickHouse a 503.</li>
 * <li>{@link #signedOnly}: for pages, which hold no figures, the signed token is enough; so a page loads even while
 * ClickHouse is down, and its API calls then say why nothing shows.</li>
 * </ul>
 */
final class TokenClaims {

    private TokenClaims() {
    }

    static Converter<Jwt, AbstractAuthenticationToken> checked(ViewerAccess access) {
        return jwt -> {
            try {
                return new ViewerAuthentication(access.verify(userId(jwt), sessionId(jwt), jwt.getIssuedAt(),
                        expiresAt(jwt)), jwt);
            } catch (AccessRefused refused) {
                throw new InvalidBearerTokenException("login no longer valid: " + refused.getMessage());
            } catch (RuntimeException unreachable) {
                throw new LoginUnverifiable(unreachable);
            }
        };
    }

    static Converter<Jwt, AbstractAuthenticationToken> signedOnly() {
        return jwt -> new ViewerAuthentication(new Viewer(userId(jwt), sessionId(jwt), jwt.getClaimAsString("name"),
                expiresAt(jwt), Viewer.NO_GRANTS), jwt);
    }

    private static long userId(Jwt jwt) {
        try {
            return Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidBearerTokenException("sub is not a user id");
        }
    }

    private static UUID sessionId(Jwt jwt) {
        try {
            return UUID.fromString(jwt.getClaimAsString("sid"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("sid is not a session id");
        }
    }

    private static Instant expiresAt(Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            throw new InvalidBearerTokenException("token without exp");
        }
        return jwt.getExpiresAt();
    }
}
