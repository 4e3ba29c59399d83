package io.pulsecrm.oltp.org;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Passwords, lockouts and sessions of users (user_credential, user_session). Identity reads them to
 * log users in and to accept their tokens; the organization sets and ends them.
 */
@Repository
class CredentialRepository {

    private final JdbcClient jdbc;

    CredentialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> hashOf(long userId) {
        return jdbc.sql("select password_hash from user_credential where user_id = :id").param("id", userId)
                .query(String.class).optional();
    }

    /** Sets the password and clears any lockout: a new password is a fresh start. */
    void setPassword(long userId, String hash, Instant now) {
        jdbc.sql("""
                insert into user_credential (user_id, password_hash, password_changed_at)
                values (:id, :hash, :now)
                on conflict (user_id) do update set password_hash = excluded.password_hash, failed_attempts = 0,
                    locked_until = null, password_changed_at = excluded.password_changed_at
                """).param("id", userId).param("hash", hash).param("now", Timestamp.from(now)).update();
    }

    void unlock(long userId) {
        jdbc.sql("update user_credential set failed_attempts = 0, locked_until = null where user_id = :id")
                .param("id", userId).update();
    }

    /** Ends every active session of the user but {@code keep} (null: all); their tokens stop working at once. */
    int revokeSessions(long userId, UUID keep, Instant now) {
        return jdbc.sql("""
                update user_session set revoked_at = :now
                where user_id = :id and revoked_at is null and (cast(:keep as uuid) is null or id <> cast(:keep as uuid))
                """).param("now", Timestamp.from(now)).param("id", userId)
                .param("keep", keep == null ? null : keep.toString(), java.sql.Types.VARCHAR).update();
    }
}
