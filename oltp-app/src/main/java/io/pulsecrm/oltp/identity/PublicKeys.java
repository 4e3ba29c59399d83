package io.pulsecrm.oltp.identity;

import java.util.Map;

import org.springframework.stereotype.Component;

/** The public half of the signing keys as a JWK set. */
@Component
public class PublicKeys {

    private final SigningKeys keys;

    PublicKeys(SigningKeys keys) {
        this.keys = keys;
    }

    public Map<String, Object> jwks() {
        return keys.publicKeys().toJSONObject(true);
    }
}
