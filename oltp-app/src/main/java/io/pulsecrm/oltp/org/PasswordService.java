package io.pulsecrm.oltp.org;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Passwords and lockouts: an admin resets and unlocks; a user changes their own. Hashes are BCrypt. */
@Service
public class PasswordService {

    private static final Logger log = LoggerFactory.getLogger(PasswordService.class);

    private final UserRepository users;
    private final CredentialRepository credentials;
    private final UserGuard guard;
    private final OperationLog operations;
    private final PasswordEncoder passwords;
    private final CurrentViewer viewer;
    private final Clock clock;

    PasswordService(UserRepository users, CredentialRepository credentials, UserGuard guard, OperationLog operations,
            PasswordEncoder passwords, CurrentViewer viewer, Clock clock) {
        this.users = users;
        this.credentials = credentials;
        this.guard = guard;
        this.operations = operations;
        this.passwords = passwords;
        this.viewer = viewer;
        this.clock = clock;
    }

    /**
     * An admin sets a new password, which also unlocks the account and ends the user's sessions
     * (a reset usually means the old password is known to someone else).
     */
    @Transactional
    public void reset(long id, String newPassword) {
        UserAccount user = guard.manageable(viewer.get(), id);
        List<FieldProblem> problems = PasswordPolicy.check("newPassword", user.username(), newPassword);
        if (!problems.isEmpty()) {
            throw new InvalidOrgInput(problems);
        }
        Instant now = clock.instant();
        credentials.setPassword(id, passwords.encode(newPassword), now);
        credentials.revokeSessions(id, null, now);
        operations.record(UserService.ENTITY, id, "UPDATE", "password of '%s' reset by an administrator"
                .formatted(user.username()), Changes.none());
        log.info("Password of user {} reset", id);
    }

    /** Clears a lockout after repeated failed logins. */
    @Transactional
    public void unlock(long id) {
        UserAccount user = guard.manageable(viewer.get(), id);
        credentials.unlock(id);
        operations.record(UserService.ENTITY, id, "UNLOCK", "unlocked the login of '%s'".formatted(user.username()),
                Changes.none().field("locked", user.locked(), false));
        log.info("User {} unlocked", id);
    }

    /** The caller changes their own password; their other sessions end, this one goes on. */
    @Transactional
    public void changeOwn(String currentPassword, String newPassword) {
        Viewer me = viewer.get();
        String hash = credentials.hashOf(me.userId()).orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || hash == null || !passwords.matches(currentPassword, hash)) {
            problems.add(new FieldProblem("currentPassword", "is not your current password"));
        }
        problems.addAll(PasswordPolicy.check("newPassword", me.username(), newPassword));
        if (problems.isEmpty() && newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "must differ from the current password"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrgInput(problems);
        }
        users.lock(me.userId());
        Instant now = clock.instant();
        credentials.setPassword(me.userId(), passwords.encode(newPassword), now);
        int ended = credentials.revokeSessions(me.userId(), me.sessionId(), now);
        operations.record(UserService.ENTITY, me.userId(), "UPDATE", "changed their own password", Changes.none());
        log.info("User {} changed their password, {} other sessions ended", me.userId(), ended);
    }
}
