package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.OrgDepartment;
import io.pulsecrm.scope.OrgUser;
import io.pulsecrm.scope.Organization;
import io.pulsecrm.scope.ScopeGrant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads of the organization replicated from PostgreSQL ({@code org_*}, migration 0002), each the latest
 * version of every row (FINAL) without deleted rows: who a viewer is, what their roles grant, and the tree and
 * reporting lines their data scope walks. Nothing is cached here, so a change is seen as soon as the sink wrote it.
 */
public final class OrganizationQueries {

    static final String USER = """
            SELECT display_name, enabled
            FROM org_user FINAL
            WHERE id = ? AND is_deleted = 0
            """;

    // Times as epoch milliseconds: no time-zone conversion between server, driver and JVM.
    static final String SESSION = """
            SELECT user_id,
                   toUnixTimestamp64Milli(expires_at)                   AS expires_at_ms,
                   ifNull(toUnixTimestamp64Milli(revoked_at), -1)        AS revoked_at_ms
            FROM org_user_session FINAL
            WHERE id = ? AND is_deleted = 0
            """;

    // Arrays travel as comma-joined text: ids are digits and permissions match ^[a-z_]+:[a-z_]+$ (a CHECK).
    static final String GRANTS = """
            SELECT r.id                                       AS role_id,
                   ifNull(r.code, '')                         AS code,
                   r.data_scope                               AS data_scope,
                   d.departments                              AS departments,
                   p.permissions                              AS permissions
            FROM
            (
                SELECT role_id FROM org_user_role FINAL WHERE user_id = ? AND is_deleted = 0
            ) AS ur
            INNER JOIN
            (
                SELECT id, code, data_scope FROM org_role FINAL WHERE is_deleted = 0
            ) AS r ON r.id = ur.role_id
            LEFT JOIN
            (
                SELECT role_id, arrayStringConcat(groupArray(toString(department_id)), ',') AS departments
                FROM org_role_scope_department FINAL
                WHERE is_deleted = 0
                GROUP BY role_id
            ) AS d ON d.role_id = r.id
            LEFT JOIN
            (
                SELECT role_id, arrayStringConcat(groupArray(permission), ',') AS permissions
                FROM org_role_permission FINAL
                WHERE is_deleted = 0
                GROUP BY role_id
            ) AS p ON p.role_id = r.id
            ORDER BY r.id
            """;

    static final String DEPARTMENTS = """
            SELECT id, parent_id FROM org_department FINAL WHERE is_deleted = 0
            """;

    static final String USERS = """
            SELECT id, department_id, manager_id FROM org_user FINAL WHERE is_deleted = 0
            """;

    private final DataSource dataSource;

    /** @param dataSource connections on the warehouse database; pool them when querying per request */
    public OrganizationQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The user and the session a token names, read in one connection. */
    public Login login(long userId, UUID sessionId) {
        try (Connection c = dataSource.getConnection()) {
            String displayName = null;
            boolean enabled = false;
            boolean found;
            try (PreparedStatement q = c.prepareStatement(USER)) {
                q.setLong(1, userId);
                try (ResultSet rs = q.executeQuery()) {
                    found = rs.next();
                    if (found) {
                        displayName = rs.getString("display_name");
                        enabled = rs.getBoolean("enabled");
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement(SESSION)) {
                q.setString(1, sessionId.toString());
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return new Login(userId, found, enabled, displayName, 0, null, null);
                    }
                    long revoked = rs.getLong("revoked_at_ms");
                    return new Login(userId, found, enabled, displayName, rs.getLong("user_id"),
                            Instant.ofEpochMilli(rs.getLong("expires_at_ms")),
                            revoked < 0 ? null : Instant.ofEpochMilli(revoked));
                }
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException("login of user " + userId, e);
        }
    }

    /** One scope per role of the user, with its CUSTOM departments, and the union of the roles' permissions. */
    public ViewerGrants grants(long userId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(GRANTS)) {
            q.setLong(1, userId);
            List<ScopeGrant> scopes = new ArrayList<>();
            Set<String> permissions = new HashSet<>();
            boolean superAdmin = false;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    superAdmin |= ViewerGrants.SUPER_ADMIN.equals(rs.getString("code"));
                    // A SUPER_ADMIN sees everything whatever its row says; other scopes are 0002's checked values.
                    DataScope scope = ViewerGrants.SUPER_ADMIN.equals(rs.getString("code"))
                            ? DataScope.ALL : DataScope.valueOf(rs.getString("data_scope"));
                    scopes.add(new ScopeGrant(scope, split(rs.getString("departments")).stream()
                            .map(Long::valueOf).collect(Collectors.toSet())));
                    permissions.addAll(split(rs.getString("permissions")));
                }
            }
            return new ViewerGrants(scopes, permissions, superAdmin);
        } catch (SQLException e) {
            throw new WarehouseQueryException("grants of user " + userId, e);
        }
    }

    /** The department tree and every user's department and manager, read in one connection. */
    public Organization organization() {
        try (Connection c = dataSource.getConnection()) {
            List<OrgDepartment> departments = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(DEPARTMENTS); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    departments.add(new OrgDepartment(rs.getLong("id"), nullableLong(rs, "parent_id")));
                }
            }
            List<OrgUser> users = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(USERS); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    users.add(new OrgUser(rs.getLong("id"), rs.getLong("department_id"), nullableLong(rs, "manager_id")));
                }
            }
            return new Organization(departments, users);
        } catch (SQLException e) {
            throw new WarehouseQueryException("organization", e);
        }
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
