package io.pulsecrm.dashboards.access;

import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.Organization;
import io.pulsecrm.scope.ScopeRule;
import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.query.Login;
import io.pulsecrm.warehouse.query.OrganizationQueries;
import io.pulsecrm.warehouse.query.ViewerGrants;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** {@link ViewerAccess} on the warehouse library's organization reads; no cache, so no change waits for one. */
@Component
class ClickHouseViewerAccess implements ViewerAccess {

    private static final Logger log = LoggerFactory.getLogger(ClickHouseViewerAccess.class);

    /**
     * A login reaches ClickHouse through CDC, typically within a second of oltp-app creating the session, while the
     * browser oltp-app sends here may ask sooner: a token this young whose user or session is not known yet is
     * waited for (as long as the propagation bound), not refused. Revoked, disabled or expired is refused at once.
     */
    static final Duration FRESH_TOKEN = Duration.ofSeconds(30);
    static final Duration REPLICATION_WAIT = Duration.ofSeconds(5);
    private static final Duration RECHECK = Duration.ofMillis(200);

    private final OrganizationQueries organization;
    private final Clock clock;

    @Autowired
    ClickHouseViewerAccess(OrganizationQueries organization) {
        this(organization, Clock.systemUTC());
    }

    ClickHouseViewerAccess(OrganizationQueries organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public Viewer verify(long userId, UUID sessionId, Instant issuedAt, Instant tokenExpiresAt) {
        Login login = organization.login(userId, sessionId);
        Instant now = clock.instant();
        if (notReplicatedYet(login) && issuedAt != null && issuedAt.isAfter(now.minus(FRESH_TOKEN))) {
            login = awaitReplication(userId, sessionId, login, now.plus(REPLICATION_WAIT));
            now = clock.instant();
        }
        if (!login.valid(now)) {
            String reason = login.refusal(now);
            log.info("Refusing user {} session {}: {}", userId, sessionId, reason);
            throw new AccessRefused(reason);
        }
        Instant validUntil = tokenExpiresAt.isBefore(login.expiresAt()) ? tokenExpiresAt : login.expiresAt();
        return new Viewer(userId, sessionId, login.displayName(), validUntil, organization.grants(userId));
    }

    private static boolean notReplicatedYet(Login login) {
        return !login.userFound() || login.expiresAt() == null;
    }

    private Login awaitReplication(long userId, UUID sessionId, Login login, Instant deadline) {
        log.debug("User {} session {} not in ClickHouse yet; waiting for replication", userId, sessionId);
        while (notReplicatedYet(login) && clock.instant().isBefore(deadline)) {
            try {
                Thread.sleep(RECHECK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return login;
            }
            login = organization.login(userId, sessionId);
        }
        return login;
    }

    @Override
    public Map<Viewer.Key, ViewerScope> scopesOf(Collection<Viewer> viewers) {
        Map<Viewer.Key, ViewerScope> scopes = new HashMap<>();
        Organization org = null;
        for (Viewer viewer : viewers) {
            ViewerGrants grants = viewer.grants();
            if (grants.superAdmin() || grants.scopes().stream().anyMatch(g -> g.scope() == DataScope.ALL)) {
                scopes.put(viewer.key(), ViewerScope.EVERYTHING); // no need to read the organization for them
                continue;
            }
            if (org == null) {
                org = organization.organization();
            }
            // The viewer's teams are not read here: the queries look them up with the facts (OpenDealsInScope).
            VisibleScope scope = ScopeRule.resolve(viewer.userId(), grants.scopes(), org);
            scopes.put(viewer.key(), new ViewerScope(viewer.userId(), scope));
        }
        return scopes;
    }
}
