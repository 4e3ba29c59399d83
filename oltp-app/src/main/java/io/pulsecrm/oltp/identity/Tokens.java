package io.pulsecrm.oltp.identity;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Issues and verifies the signed tokens (RS256 JWT) of a login session. Claims: iss and aud (the
 * configured issuer), sub (user id), sid (session id), name, preferred_username, iat, exp.
 *
 * <p>A token's signature is checked once: the same bytes always verify alike, so a verified token is kept
 * (at most {@value #MAX_VERIFIED}) and its claims are validated again on every request, which is what
 * can change with time (exp, nbf). RSA verification was a tenth of oltp-app's time per request.
 */
@Component
public class Tokens {

    private static final int MAX_VERIFIED = 10_000;

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
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), audience);
        nimbus.setJwtValidator(validator);
        this.decoder = verifiedOnce(nimbus, validator);
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

    /** {@code verifying}'s answers, kept by the token's text; only the claims are validated again. */
    static JwtDecoder verifiedOnce(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator) {
        ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();
        return token -> {
            Jwt known = verified.get(token);
            if (known == null) {
                known = verifying.decode(token);
                if (verified.size() >= MAX_VERIFIED) {
                    verified.clear();
                }
                verified.put(token, known);
                return known;
            }
            OAuth2TokenValidatorResult result = validator.validate(known);
            if (result.hasErrors()) {
                verified.remove(token);
                throw new JwtValidationException("the token is no longer valid", result.getErrors());
            }
            return known;
        };
    }
}
