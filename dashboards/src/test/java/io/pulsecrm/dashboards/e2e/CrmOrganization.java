package io.pulsecrm.dashboards.e2e;

import io.pulsecrm.localstack.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Changes to the organization (and to record teams) written straight into PostgreSQL, the source of truth, as the issue states the
 * measurement: they reach ClickHouse the way any change does, through CDC and the sink.
 */
final class CrmOrganization {

    private static final BCryptPasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);

    private final Postgres pg;

    CrmOrganization(Postgres pg) {
        this.pg = pg;
    }

    /** A department under the top one. */
    long department(String name) {
        return queryLong("insert into department (parent_id, name) select id, ? from department where parent_id is null "
                + "returning id", name);
    }

    /** An enabled user in {@code departmentId} with one built-in role and a password to log in with. */
    long user(String username, long departmentId, String roleCode, String password) {
        long id = queryLong("insert into app_user (username, display_name, department_id) values (?, ?, ?) returning id",
                username, username, departmentId);
        update("insert into user_role (user_id, role_id) select ?, id from app_role where code = ?", id, roleCode);
        update("insert into user_credential (user_id, password_hash) values (?, ?)", id, PASSWORDS.encode(password));
        return id;
    }

    /** The user changes department, as an administrator's edit would. */
    void moveUser(long userId, long departmentId) {
        update("update app_user set department_id = ?, version = version + 1, updated_at = now() where id = ?",
                departmentId, userId);
    }

    /**
     * The user joins the deal's team, as a row of oltp-app's {@code record_team_member}; oltp-app shows a team member
     * the deal whatever their scope, and so must the dashboards.
     */
    void addToDealTeam(long dealId, long userId) {
        update("insert into record_team_member (entity_type, entity_id, user_id, access, added_by) "
                + "values ('OPPORTUNITY', ?, ?, 'READ', ?)", dealId, userId, userId);
    }

    void removeFromDealTeam(long dealId, long userId) {
        update("delete from record_team_member where entity_type = 'OPPORTUNITY' and entity_id = ? and user_id = ?",
                dealId, userId);
    }

    /** One value a statement returns (e.g. the id an insert returns), for tests writing other records straight into PostgreSQL. */
    long queryLong(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }
}
