package io.pulsecrm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The bench's own departments and users, written into PostgreSQL — the source of truth, where an administrator's
 * change lands — so that the time measured from a commit is the replication path alone, with no oltp-app request in
 * it. Every change reaches the dashboards the way any change does: CDC, Kafka, the sink, ClickHouse. One
 * connection, autocommit: a call returns once committed.
 */
final class BenchOrganization implements AutoCloseable {

    // oltp-app checks passwords with BCrypt; the bench's users need no strong cost factor.
    private static final BCryptPasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);

    private final Connection connection;
    private final List<Long> users = new ArrayList<>();

    BenchOrganization(String jdbcUrl, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
    }

    long department(String name) throws SQLException {
        return queryLong("insert into department (parent_id, name) select id, ? from department where parent_id is null "
                + "returning id", name);
    }

    /** An enabled user with one built-in role (by code) and a password to log in with. */
    long user(String username, long departmentId, String roleCode, String password) throws SQLException {
        long id = queryLong("insert into app_user (username, display_name, department_id) values (?, ?, ?) returning id",
                username, username, departmentId);
        update("insert into user_role (user_id, role_id) select ?, id from app_role where code = ?", id, roleCode);
        update("insert into user_credential (user_id, password_hash) values (?, ?)", id, PASSWORDS.encode(password));
        users.add(id);
        return id;
    }

    /** Moves the user, committed when this returns. */
    void moveUser(long userId, long departmentId) throws SQLException {
        update("update app_user set department_id = ?, version = version + 1, updated_at = now() where id = ?",
                departmentId, userId);
    }

    /**
     * Users are never deleted (their history keeps pointing at them): the bench's are disabled and their sessions
     * revoked, so they can no longer log in anywhere.
     */
    void retireUsers() throws SQLException {
        for (long id : users) {
            update("update app_user set enabled = false, version = version + 1, updated_at = now() where id = ?", id);
            update("update user_session set revoked_at = now() where user_id = ? and revoked_at is null", id);
        }
    }

    private long queryLong(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params)) {
            s.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
