package io.pulsecrm.oltp.identity;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA key tokens are signed with, kept in PostgreSQL (never captured) so that every instance
 * and every restart signs with the same key and issued tokens stay valid. Created on first start.
 */
@Component
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final long KEY_LOCK = 0x5075_6c73_654b_6579L;

    private final RSAKey current;
    private final JWKSet published;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transaction) {
        this.current = transaction.execute(status -> loadOrCreate(jdbc));
        this.published = new JWKSet(current.toPublicJWK());
    }

    RSAKey current() {
        return current;
    }

    /** The public keys, as served at /.well-known/jwks.json. */
    JWKSet publicKeys() {
        return published;
    }

    private static RSAKey loadOrCreate(JdbcClient jdbc) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", KEY_LOCK).query().listOfRows();
        List<StoredKey> keys = jdbc.sql("""
                select kid, private_key, public_key from signing_key
                where retired_at is null and algorithm = 'RS256' order by created_at desc limit 1
                """).query(StoredKey.class).list();
        if (!keys.isEmpty()) {
            return keys.getFirst().toJwk();
        }
        KeyPair pair = generate();
        String kid = UUID.randomUUID().toString();
        Base64.Encoder base64 = Base64.getEncoder();
        jdbc.sql("insert into signing_key (kid, algorithm, private_key, public_key) values (:kid, 'RS256', :priv, :pub)")
                .param("kid", kid)
                .param("priv", base64.encodeToString(pair.getPrivate().getEncoded()))
                .param("pub", base64.encodeToString(pair.getPublic().getEncoded()))
                .update();
        log.info("Created token signing key {}", kid);
        return jwk(kid, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no RSA", e);
        }
    }

    private static RSAKey jwk(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(kid)
                .algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE).build();
    }

    record StoredKey(String kid, String privateKey, String publicKey) {

        RSAKey toJwk() {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                Base64.Decoder base64 = Base64.getDecoder();
                RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey)));
                RSAPrivateKey priv = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey)));
                return jwk(kid, pub, priv);
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                throw new IllegalStateException("stored signing key " + kid + " is unreadable", e);
            }
        }
    }
}
