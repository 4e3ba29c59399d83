package io.pulsecrm.oltp.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Logs users in and out. Failed attempts are written outside any transaction so that a refusal
 * still counts; after {@code maxFailedAttempts} in a row the account is locked for {@code lockout}.
 */
@Service
public class LoginService {

    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Tokens tokens;
    private final ClientAttempts clients;
    private final IdentityProperties properties;
    private final Clock clock;
    /** Compared against when the user does not exist, so a refusal takes as long either way. */
    private final String decoyHash;

    LoginService(JdbcClient jdbc, PasswordEncoder passwords, Tokens tokens, ClientAttempts clients,
            IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clients = clients;
        this.properties = properties;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    public Session login(String username, String password, String client, String userAgent) {
        clients.check(client);
        Optional<Account> found = jdbc.sql("""
                select u.id, u.username, u.display_name, u.enabled, c.password_hash, c.failed_attempts, c.locked_until
                from app_user u join user_credential c on c.user_id = u.id
                where lower(u.username) = lower(:username)
                """).param("username", username).query(Account.class).optional();
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().enabled()) {
            passwords.matches(password, decoyHash);
            clients.failed(client);
            throw new LoginRefused();
        }
        Account account = found.get();
        if (account.lockedUntil() != null && account.lockedUntil().toInstant().isAfter(now)) {
            throw LoginThrottled.locked(Duration.between(now, account.lockedUntil().toInstant()));
        }
        if (!passwords.matches(password, account.passwordHash())) {
            clients.failed(client);
            refuse(account, now);
        }
        jdbc.sql("update user_credential set failed_attempts = 0, locked_until = null, last_login_at = :now where user_id = :id")
                .param("now", at(now)).param("id", account.id()).update();
        return open(account, now, client, userAgent);
    }

    /** Ends the session: its token is refused from the next request on, here and in dashboards. */
    public void logout(UUID sessionId) {
        jdbc.sql("update user_session set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", at(clock.instant())).param("id", sessionId).update();
        log.info("Session {} ended", sessionId);
    }

    private void refuse(Account account, Instant now) {
        int failures = account.failedAttempts() + 1;
        if (failures >= properties.maxFailedAttempts()) {
            jdbc.sql("update user_credential set failed_attempts = 0, locked_until = :until where user_id = :id")
                    .param("until", at(now.plus(properties.lockout()))).param("id", account.id()).update();
            log.warn("User {} locked for {} after {} failed logins", account.id(), properties.lockout(), failures);
            throw LoginThrottled.locked(properties.lockout());
        }
        jdbc.sql("update user_credential set failed_attempts = :failures where user_id = :id")
                .param("failures", failures).param("id", account.id()).update();
        throw new LoginRefused();
    }

    private Session open(Account account, Instant now, String client, String userAgent) {
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(properties.sessionTtl());
        jdbc.sql("""
                insert into user_session (id, user_id, created_at, expires_at, client_ip, user_agent)
                values (:id, :user, :now, :expires, :client, :agent)
                """).param("id", id).param("user", account.id()).param("now", at(now)).param("expires", at(expires))
                .param("client", truncate(client, 64)).param("agent", truncate(userAgent, 300)).update();
        log.info("User {} logged in, session {}", account.id(), id);
        String token = tokens.issue(account.id(), account.username(), account.displayName(), id, now, expires);
        return new Session(id, account.id(), token, expires);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    record Account(long id, String username, String displayName, boolean enabled, String passwordHash,
                   int failedAttempts, OffsetDateTime lockedUntil) {
    }
}
