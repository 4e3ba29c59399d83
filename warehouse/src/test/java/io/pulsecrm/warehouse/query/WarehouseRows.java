package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/** Rows written straight into a test database's tables, as the sink would write them, each a newer version. */
final class WarehouseRows {

    private final DataSource dataSource;
    private final AtomicLong version = new AtomicLong(1_000);

    WarehouseRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void department(long id, Long parentId, boolean deleted) {
        insert("INSERT INTO org_department (id, parent_id, name, position, created_at, updated_at, entity_version, "
                + "version, is_deleted, commit_ts) VALUES (?, ?, ?, 0, now64(3), now64(3), 0, ?, ?, now64(3))",
                id, parentId, "D" + id, version.incrementAndGet(), deleted ? 1 : 0);
    }

    void user(long id, long departmentId, Long managerId, boolean enabled) {
        insert("INSERT INTO org_user (id, username, display_name, title, department_id, manager_id, enabled, locale, "
                + "successor_id, created_at, updated_at, entity_version, version, is_deleted, commit_ts) "
                + "VALUES (?, ?, ?, NULL, ?, ?, ?, 'zh-CN', NULL, now64(3), now64(3), 0, ?, 0, now64(3))",
                id, "u" + id, "User " + id, departmentId, managerId, enabled, version.incrementAndGet());
    }

    void role(long id, String code, String dataScope) {
        insert("INSERT INTO org_role (id, code, name, data_scope, built_in, created_at, updated_at, entity_version, "
                + "version, is_deleted, commit_ts) VALUES (?, ?, ?, ?, false, now64(3), now64(3), 0, ?, 0, now64(3))",
                id, code, "Role " + id, dataScope, version.incrementAndGet());
    }

    void link(String table, String firstColumn, long first, String secondColumn, Object second, boolean deleted) {
        insert("INSERT INTO " + table + " (" + firstColumn + ", " + secondColumn + ", version, is_deleted, commit_ts) "
                + "VALUES (?, ?, ?, ?, now64(3))", first, second, version.incrementAndGet(), deleted ? 1 : 0);
    }

    void session(UUID id, long userId, long expiresInSeconds, boolean revoked) {
        insert("INSERT INTO org_user_session (id, user_id, created_at, expires_at, revoked_at, version, is_deleted, "
                + "commit_ts) VALUES (?, ?, now64(3), now64(3) + toIntervalSecond(?), "
                + (revoked ? "now64(3)" : "NULL") + ", ?, 0, now64(3))",
                id.toString(), userId, expiresInSeconds, version.incrementAndGet());
    }

    void stage(long id, int position, String winRate) {
        insert("INSERT INTO opportunity_stage (id, name, position, win_rate, created_at, updated_at, entity_version, "
                + "version, is_deleted, commit_ts) VALUES (?, ?, ?, ?, now64(3), now64(3), 0, ?, 0, now64(3))",
                id, "S" + id, position, new BigDecimal(winRate), version.incrementAndGet());
    }

    void deal(long id, long stageId, String amount, String status, long ownerId, long ownerDeptId) {
        insert("INSERT INTO opportunity (id, name, amount, stage_id, status, created_at, updated_at, entity_version, "
                + "version, is_deleted, commit_ts, owner_id, owner_dept_id) "
                + "VALUES (?, ?, ?, ?, ?, now64(3), now64(3), 0, ?, 0, now64(3), ?, ?)",
                id, "Deal " + id, new BigDecimal(amount), stageId, status, version.incrementAndGet(), ownerId, ownerDeptId);
    }

    void aggregate(long stageId, long openCount, String openAmount, String weighted) {
        insert("INSERT INTO pipeline_by_stage (stage_id, open_count, open_amount, weighted_amount, version, commit_ts) "
                + "VALUES (?, ?, ?, ?, ?, now64(3))", stageId, openCount, new BigDecimal(openAmount),
                new BigDecimal(weighted), version.incrementAndGet());
    }

    private void insert(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
