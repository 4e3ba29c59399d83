package io.pulsecrm.dashboards.access;

import io.pulsecrm.dashboards.config.DashboardsProperties;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

/**
 * Verifies oltp-app's tokens: RS256 only, signed by a key of its JWKS (fetched on first use and again when a token
 * names a key id it does not know, so oltp-app can rotate keys), issuer and audience as configured, not expired.
 */
@Configuration(proxyBeanMethods = false)
class TokenDecoding {

    @Bean
    JwtDecoder jwtDecoder(DashboardsProperties properties) {
        DashboardsProperties.Identity identity = properties.identity();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(identity.jwksUrl())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(jwksClient())
                .build();
        decoder.setJwtValidator(validator(identity.issuer(), identity.audience()));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), // also exp / nbf, with a minute of clock skew
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()),
                new JwtClaimValidator<String>("sid", sid -> sid != null && !sid.isBlank()));
    }

    /** Bounded waits: with oltp-app down, a request fails in seconds instead of holding a thread. */
    private static RestTemplate jwksClient() {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(2));
        factory.setReadTimeout(Duration.ofSeconds(5));
        return new RestTemplate(factory);
    }
}
