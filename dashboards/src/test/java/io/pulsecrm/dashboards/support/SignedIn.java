package io.pulsecrm.dashboards.support;

import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

/** A user logged in as oltp-app would have it: the user, their roles and a live session in ClickHouse, and the token. */
public record SignedIn(long userId, UUID sessionId, String token) {

    /** Writes the user (enabled, in {@code departmentId}), their roles and a session valid for an hour. */
    public static SignedIn as(WarehouseRows rows, TokenIssuer issuer, long userId, long departmentId, long... roleIds) {
        rows.user(userId, departmentId, null, true);
        for (long roleId : roleIds) {
            rows.userRole(userId, roleId, false);
        }
        UUID session = UUID.randomUUID();
        rows.session(session, userId, 3600, false);
        return new SignedIn(userId, session, issuer.token(userId, session));
    }

    /** A GET carrying the token the way API clients do. */
    public HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
    }
}
