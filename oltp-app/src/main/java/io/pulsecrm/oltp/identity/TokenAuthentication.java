package io.pulsecrm.oltp.identity;

import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/** A verified token becomes a viewer only while its user is enabled and its session active. */
@Component
public class TokenAuthentication {

    private final ViewerLoader viewers;

    TokenAuthentication(ViewerLoader viewers) {
        this.viewers = viewers;
    }

    public AbstractAuthenticationToken authenticate(Jwt token) {
        long userId;
        UUID sessionId;
        try {
            userId = Long.parseLong(token.getSubject());
            sessionId = UUID.fromString(token.getClaimAsString("sid"));
        } catch (RuntimeException e) {
            throw new InvalidBearerTokenException("the token names no user or session");
        }
        Viewer viewer = viewers.load(userId, sessionId)
                .orElseThrow(() -> new InvalidBearerTokenException("the session has ended or the user is disabled"));
        return new ViewerAuthentication(viewer, token);
    }
}
