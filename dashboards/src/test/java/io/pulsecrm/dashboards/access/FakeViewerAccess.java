package io.pulsecrm.dashboards.access;

import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.ScopeGrant;
import io.pulsecrm.warehouse.query.ViewerGrants;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Logins the web tests control: every login is a super admin's until the test ends it. The real checks run in the
 * *IT tests against ClickHouse.
 */
public class FakeViewerAccess implements ViewerAccess {

    private final Set<Viewer.Key> ended = ConcurrentHashMap.newKeySet();
    private final AtomicInteger verifications = new AtomicInteger();
    private final Map<Long, ViewerScope> scopes = new ConcurrentHashMap<>();
    private final Map<Long, ViewerGrants> grants = new ConcurrentHashMap<>();

    /** The scope this user resolves to from now on (everything unless told). */
    public void scopeOf(long userId, ViewerScope scope) {
        scopes.put(userId, scope);
    }

    /** The user logged out, or was disabled: the next check refuses. */
    public void endLogin(Viewer viewer) {
        ended.add(viewer.key());
    }

    /** The user's roles changed: from the next check on, they grant only these permissions (no SUPER_ADMIN). */
    public void grantOnly(long userId, Set<String> permissions) {
        grants.put(userId, new ViewerGrants(List.of(ScopeGrant.of(DataScope.ALL)), permissions, false));
    }

    public int verifications() {
        return verifications.get();
    }

    @Override
    public Viewer verify(long userId, UUID sessionId, Instant issuedAt, Instant tokenExpiresAt) {
        verifications.incrementAndGet();
        if (ended.contains(new Viewer.Key(userId, sessionId))) {
            throw new AccessRefused("session revoked");
        }
        Viewer admin = TestViewers.admin(userId, tokenExpiresAt);
        return new Viewer(userId, sessionId, admin.displayName(), tokenExpiresAt,
                grants.getOrDefault(userId, admin.grants()));
    }

    @Override
    public Map<Viewer.Key, ViewerScope> scopesOf(Collection<Viewer> viewers) {
        Map<Viewer.Key, ViewerScope> resolved = new HashMap<>();
        viewers.forEach(v -> resolved.put(v.key(), this.scopes.getOrDefault(v.userId(), ViewerScope.EVERYTHING)));
        return resolved;
    }
}
