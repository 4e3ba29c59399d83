package io.pulsecrm.dashboards.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Stands in for oltp-app's token side in the dashboards' tests: an RSA key of its own, published as JWKS by a tiny
 * HTTP server on a free port, and tokens signed with it exactly as the contract says (RS256, {@code kid}; iss = aud =
 * {@code pulse-crm}, sub = user id, sid, name, iat, exp). Sessions and users are rows the tests write into ClickHouse.
 */
public final class TokenIssuer implements AutoCloseable {

    public static final String ISSUER = "pulse-crm";

    private final RSAKey key;
    private final RSAKey stranger;
    private final HttpServer server;

    private TokenIssuer(RSAKey key, RSAKey stranger, HttpServer server) {
        this.key = key;
        this.stranger = stranger;
        this.server = server;
    }

    public static TokenIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger-" + UUID.randomUUID()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            var issuer = new TokenIssuer(key, stranger, server);
            Runtime.getRuntime().addShutdownHook(new Thread(issuer::close, "jwks-stop"));
            return issuer;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A token as oltp-app issues it at login, valid for an hour. */
    public String token(long userId, UUID sessionId) {
        return token(userId, sessionId, claims -> claims);
    }

    /** A token with some claims changed (another issuer, an expiry in the past, ...). */
    public String token(long userId, UUID sessionId, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(key, change.apply(claims(userId, sessionId)).build());
    }

    /** A well-formed token signed by a key that oltp-app never published. */
    public String tokenOfAnotherKey(long userId, UUID sessionId) {
        return sign(stranger, claims(userId, sessionId).build());
    }

    private static JWTClaimsSet.Builder claims(long userId, UUID sessionId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(ISSUER).subject(Long.toString(userId))
                .claim("sid", sessionId.toString()).claim("name", "User " + userId)
                .claim("preferred_username", "u" + userId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
