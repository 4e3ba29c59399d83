package io.pulsecrm.dashboards.access;

import io.pulsecrm.warehouse.query.ViewerGrants;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in user as the dashboards see them.
 *
 * @param validUntil the earlier of the token's expiry and its session's: after it, nothing more is shown
 * @param grants     what the user's roles grant, as ClickHouse has them; none for a viewer known from the
 *                   token alone (pages, which carry no figures)
 */
public record Viewer(long userId, UUID sessionId, String displayName, Instant validUntil, ViewerGrants grants) {

    /** The permission every dashboard needs. */
    public static final String DASHBOARD_VIEW = "dashboard:view";

    /** The segment builder's permission (marketers); editing and exporting need their own. */
    public static final String SEGMENT_VIEW = "segment:view";
    /** Downloading customers as a file: oltp-app's permission, the same for a segment's members. */
    public static final String CUSTOMER_EXPORT = "customer:export";

    static final ViewerGrants NO_GRANTS = new ViewerGrants(List.of(), Set.of(), false);

    /** One login: the same user in two browsers is two keys, the same browser in two tabs one. */
    public record Key(long userId, UUID sessionId) {
    }

    public Key key() {
        return new Key(userId, sessionId);
    }

    /** Whether the viewer's roles grant the permission (SUPER_ADMIN holds every one). */
    public boolean may(String permission) {
        return grants.permits(permission);
    }

    public boolean mayViewDashboards() {
        return grants.permits(DASHBOARD_VIEW);
    }
}
