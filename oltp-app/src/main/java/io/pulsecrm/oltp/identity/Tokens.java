package io.pulsecrm.oltp.identity;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Issues and verifies the signed tokens (RS256 JWT) of a login session. Claims: iss and aud (the
 * configured issuer), sub (user id), sid (session id), name, preferred_username, iat, exp.
 */
@Component
public class Tokens {

    private final SigningKeys keys;
    private final String issuer;
    private final JwtDecoder decoder;

    Tokens(SigningKeys keys, IdentityProperties properties) {
        this.keys = keys;
        this.issuer = properties.issuer();
        NimbusJwtDecoder nimbus;
        try {
            nimbus = NimbusJwtDecoder.withPublicKey(keys.current().toRSAPublicKey()).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("signing key has no public part", e);
        }
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(issuer));
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
        this.decoder = nimbus;
    }

    String issue(long userId, String username, String displayName, UUID sessionId, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(issuer)
                .subject(Long.toString(userId))
                .claim("sid", sessionId.toString())
                .claim("name", displayName)
                .claim("preferred_username", username)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.current().getKeyID())
                .type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(keys.current()));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }

    public JwtDecoder decoder() {
        return decoder;
    }
}
