package io.pulsecrm.oltp.identity.web;

import java.util.Map;

import io.pulsecrm.oltp.identity.PublicKeys;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token verification keys, for dashboards (single sign-on). */
@RestController
class JwksController {

    private final PublicKeys keys;

    JwksController(PublicKeys keys) {
        this.keys = keys;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(keys.jwks());
    }
}
