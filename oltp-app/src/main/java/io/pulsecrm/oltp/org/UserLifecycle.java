package io.pulsecrm.oltp.org;

import java.time.Clock;
import java.time.Instant;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's coming and going. Users are never deleted (records, logs and history point at them):
 * a leaver is disabled, which ends their sessions at once, and usually hands their records over.
 */
@Service
public class UserLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UserLifecycle.class);

    private final UserRepository users;
    private final CredentialRepository credentials;
    private final HandoverRepository handovers;
    private final UserGuard guard;
    private final OperationLog operations;
    private final CurrentViewer viewer;
    private final Clock clock;

    UserLifecycle(UserRepository users, CredentialRepository credentials, HandoverRepository handovers, UserGuard guard,
            OperationLog operations, CurrentViewer viewer, Clock clock) {
        this.users = users;
        this.credentials = credentials;
        this.handovers = handovers;
        this.guard = guard;
        this.operations = operations;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** Disables the user and ends their sessions: their token is refused from the next request on. */
    @Transactional
    public UserAccount disable(long id, Integer version) {
        UserAccount user = leaving(viewer.get(), id, version, "disable");
        Instant now = clock.instant();
        if (user.enabled()) {
            users.setEnabled(id, false, null, now);
            operations.record(UserService.ENTITY, id, "DISABLE", "disabled user '%s'".formatted(user.username()),
                    Changes.none().field("enabled", true, false));
        }
        int ended = credentials.revokeSessions(id, null, now);
        log.info("User {} disabled, {} sessions ended", id, ended);
        return users.find(id).orElseThrow();
    }

    @Transactional
    public UserAccount enable(long id, Integer version) {
        UserAccount user = guard.manageable(viewer.get(), id);
        check(user, version);
        if (!user.enabled()) {
            users.setEnabled(id, true, null, clock.instant());
            operations.record(UserService.ENTITY, id, "ENABLE", "enabled user '%s'".formatted(user.username()),
                    Changes.none().field("enabled", false, true));
            log.info("User {} enabled", id);
        }
        return users.find(id).orElseThrow();
    }

    /**
     * The leaver's records (leads, owned customers, contacts, opportunities, contracts, payment
     * plans, receipts, open tasks, campaigns) pass to the successor, who is recorded on the
     * leaver, and the leaver is disabled: all or nothing, with one log line.
     */
    @Transactional
    public HandoverCounts handover(long id, long successorId, Integer version) {
        Viewer me = viewer.get();
        if (successorId == id) {
            throw InvalidOrgInput.of("successorId", "must be someone other than the leaver");
        }
        Long successorDepartment = users.enabledDepartment(successorId)
                .orElseThrow(() -> InvalidOrgInput.of("successorId", "user " + successorId + " does not exist or is disabled"));
        UserAccount user = leaving(me, id, version, "hand over");
        if (!me.sees(successorId)) {
            throw PermissionDenied.outOfScope("successorId");
        }
        Instant now = clock.instant();
        HandoverCounts moved = handovers.transfer(id, successorId, successorDepartment, now);
        users.setEnabled(id, false, successorId, now);
        credentials.revokeSessions(id, null, now);
        operations.record(UserService.ENTITY, id, "HANDOVER", "handed over to user %d and disabled: %s"
                .formatted(successorId, moved.summary()),
                Changes.none().field("successorId", user.successorId(), successorId).field("enabled", user.enabled(), false));
        log.info("User {} handed {} records to {} and was disabled", id, moved.total(), successorId);
        return moved;
    }

    private UserAccount leaving(Viewer me, long id, Integer version, String action) {
        UserAccount user = guard.manageable(me, id);
        check(user, version);
        if (id == me.userId()) {
            throw OrgConflict.notYourself(action);
        }
        return user;
    }

    private static void check(UserAccount user, Integer version) {
        if (version != null) {
            StaleVersion.check("user", user.id(), version, user.version());
        }
    }
}
