package io.pulsecrm.oltp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class TokensTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final AtomicInteger verifications = new AtomicInteger();
    private RSAKey key;
    private JwtDecoder decoder;

    @BeforeEach
    void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        nimbus.setJwtValidator(timestamps);
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        decoder = Tokens.verifiedOnce(counting, timestamps);
    }

    @Test
    void aTokenUsedAgainIsNotVerifiedAgain() throws Exception {
        String token = token(key, T0.plusSeconds(3600));

        Jwt first = decoder.decode(token);
        Jwt again = decoder.decode(token);

        assertThat(again.getSubject()).isEqualTo(first.getSubject()).isEqualTo("7");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpires() throws Exception {
        String token = token(key, T0.plusSeconds(60));
        decoder.decode(token);

        now.set(T0.plusSeconds(61));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void anotherKeysTokenWithTheSameClaimsIsStillRefused() throws Exception {
        decoder.decode(token(key, T0.plusSeconds(3600)));
        RSAKey forged = new RSAKeyGenerator(2048).keyID("k1").generate();

        assertThatThrownBy(() -> decoder.decode(token(forged, T0.plusSeconds(3600)))).isInstanceOf(BadJwtException.class);
    }

    private static String token(RSAKey signer, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("7").issueTime(Date.from(T0)).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }
}
