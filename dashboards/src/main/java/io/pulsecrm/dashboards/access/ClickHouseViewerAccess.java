package io.pulsecrm.dashboards.access;

import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.Organization;
import io.pulsecrm.scope.ScopeRule;
import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.query.Login;
import io.pulsecrm.warehouse.query.OrganizationQueries;
import io.pulsecrm.warehouse.query.ViewerGrants;
import java.time.Clock;
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
    public Viewer verify(long userId, UUID sessionId, Instant tokenExpiresAt) {
        Login login = organization.login(userId, sessionId);
        Instant now = clock.instant();
        if (!login.valid(now)) {
            String reason = login.refusal(now);
            log.info("Refusing user {} session {}: {}", userId, sessionId, reason);
            throw new AccessRefused(reason);
        }
        Instant validUntil = tokenExpiresAt.isBefore(login.expiresAt()) ? tokenExpiresAt : login.expiresAt();
        return new Viewer(userId, sessionId, login.displayName(), validUntil, organization.grants(userId));
    }

    @Override
    public Map<Viewer.Key, VisibleScope> scopesOf(Collection<Viewer> viewers) {
        Map<Viewer.Key, VisibleScope> scopes = new HashMap<>();
        Organization org = null;
        for (Viewer viewer : viewers) {
            ViewerGrants grants = viewer.grants();
            if (grants.superAdmin() || grants.scopes().stream().anyMatch(g -> g.scope() == DataScope.ALL)) {
                scopes.put(viewer.key(), VisibleScope.EVERYTHING); // no need to read the organization for them
                continue;
            }
            if (org == null) {
                org = organization.organization();
            }
            scopes.put(viewer.key(), ScopeRule.resolve(viewer.userId(), grants.scopes(), org));
        }
        return scopes;
    }
}
