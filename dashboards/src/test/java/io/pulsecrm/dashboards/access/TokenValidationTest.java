package io.pulsecrm.dashboards.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claims a decoded token must carry, apart from its signature (checked in SingleSignOnIT with real keys). */
class TokenValidationTest {

    private final OAuth2TokenValidator<Jwt> validator = TokenDecoding.validator("pulse-crm", "pulse-crm");

    private static Jwt token(UnaryOperator<Jwt.Builder> change) {
        Instant now = Instant.now();
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").header("kid", "k1")
                .issuer("pulse-crm").audience(List.of("pulse-crm")).subject("42")
                .claim("sid", "6f1c2a7e-9d3b-4c1a-8e2f-0b5d7c9a1e3f").issuedAt(now).expiresAt(now.plusSeconds(600));
        return change.apply(builder).build();
    }

    @Test
    void tokenOfOltpAppIsValid() {
        assertThat(validator.validate(token(b -> b)).hasErrors()).isFalse();
    }

    @Test
    void otherIssuerAudienceOrAnExpiredTokenIsNot() {
        assertThat(validator.validate(token(b -> b.issuer("someone-else"))).hasErrors()).isTrue();
        assertThat(validator.validate(token(b -> b.audience(List.of("another-app")))).hasErrors()).isTrue();
        assertThat(validator.validate(token(b -> b.issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)))).hasErrors()).isTrue();
    }

    @Test
    void tokenWithoutSessionIsNot() {
        assertThat(validator.validate(token(b -> b.claims(c -> c.remove("sid")))).hasErrors()).isTrue();
    }
}
