package io.pulsecrm.warehouse.query;

import java.time.Instant;

/**
 * A user's login as the replicated tables know it: the user, and the session a token names.
 *
 * @param userFound     the user exists (and is not deleted) in {@code org_user}
 * @param sessionUserId the user the session belongs to, 0 when the session is unknown
 * @param expiresAt     when the session ends; null when the session is unknown
 * @param revokedAt     when it was revoked (logout, an admin), or null
 */
public record Login(long userId, boolean userFound, boolean enabled, String displayName, long sessionUserId,
                    Instant expiresAt, Instant revokedAt) {

    /** Whether a token for this user and session may be honoured at {@code now}. */
    public boolean valid(Instant now) {
        return userFound && enabled && sessionUserId == userId && expiresAt != null && expiresAt.isAfter(now)
                && revokedAt == null;
    }

    /** Why {@link #valid} is false, for the log (ids only). */
    public String refusal(Instant now) {
        if (!userFound) {
            return "unknown user";
        }
        if (!enabled) {
            return "user disabled";
        }
        if (sessionUserId != userId || expiresAt == null) {
            return "unknown session";
        }
        if (revokedAt != null) {
            return "session revoked";
        }
        return expiresAt.isAfter(now) ? "valid" : "session expired";
    }
}
