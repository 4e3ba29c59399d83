package io.pulsecrm.oltp.identity;

import java.time.Instant;
import java.util.UUID;

/** A login: its token and when both expire. */
public record Session(UUID id, long userId, String token, Instant expiresAt) {
}
