package io.pulsecrm.warehouse.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Writes rows straight into a warehouse database's tables as the sink would: each a newer version (LSN), committed a
 * second after the previous one, followed by the table's {@code sink_progress} row so that watermarks move.
 * Shared with the dashboards' tests (this module's test jar). Every method returns the row's commit time.
 */
public final class WarehouseRows {

    private static final String CAPTURED = "version, is_deleted, commit_ts";
    private static final String ENTITY = "created_at, updated_at, entity_version, " + CAPTURED;

    private final DataSource dataSource;
    private final AtomicLong version = new AtomicLong(1_000);
    private final AtomicLong clock = new AtomicLong(Instant.parse("2025-11-23T08:00:00Z").toEpochMilli());

    public WarehouseRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Instant department(long id, Long parentId, boolean deleted) {
        return entity("org_department", "id, parent_id, name, position", deleted, id, parentId, "D" + id, 0);
    }

    public Instant user(long id, long departmentId, Long managerId, boolean enabled) {
        return entity("org_user", "id, username, display_name, department_id, manager_id, enabled, locale", false,
                id, "u" + id, "User " + id, departmentId, managerId, enabled, "zh-CN");
    }

    public Instant role(long id, String code, String dataScope) {
        return entity("org_role", "id, code, name, data_scope, built_in", false, id, code, "Role " + id, dataScope, code != null);
    }

    public Instant userRole(long userId, long roleId, boolean deleted) {
        return link("org_user_role", "user_id, role_id", deleted, userId, roleId);
    }

    public Instant roleScopeDepartment(long roleId, long departmentId, boolean deleted) {
        return link("org_role_scope_department", "role_id, department_id", deleted, roleId, departmentId);
    }

    public Instant rolePermission(long roleId, String permission, boolean deleted) {
        return link("org_role_permission", "role_id, permission", deleted, roleId, permission);
    }

    /** The user on the team of a record ({@code entityType} CUSTOMER, OPPORTUNITY or CONTRACT); deleted: taken off it. */
    public Instant teamMember(long userId, String entityType, long entityId, String access, boolean deleted) {
        return link("org_record_team_member", "user_id, entity_type, entity_id, access", deleted, userId, entityType,
                entityId, access);
    }

    /** A session expiring {@code expiresInSeconds} from now (negative: already expired), maybe revoked. */
    public Instant session(UUID id, long userId, long expiresInSeconds, boolean revoked) {
        Instant now = Instant.now();
        return link("org_user_session", "id, user_id, created_at, expires_at, revoked_at", false, id.toString(), userId,
                now.minusSeconds(60), now.plusSeconds(expiresInSeconds), revoked ? now : null);
    }

    public Instant stage(long id, String name, int position, String winRate) {
        return stage(id, name, position, winRate, false);
    }

    public Instant stage(long id, String name, int position, String winRate, boolean deleted) {
        return entity("opportunity_stage", "id, name, position, win_rate", deleted, id, name, position, new BigDecimal(winRate));
    }

    public Instant deal(long id, long stageId, String amount, String status, long ownerId, long ownerDeptId) {
        return deal(id, stageId, "Deal " + id, amount, status, ownerId, ownerDeptId, null, null, false);
    }

    /** A deal with everything a drill-down lists; {@code deleted}: the deal was deleted in oltp-app. */
    public Instant deal(long id, long stageId, String name, String amount, String status, long ownerId, long ownerDeptId,
            Long customerId, LocalDate expectedCloseDate, boolean deleted) {
        return entity("opportunity",
                "id, name, amount, stage_id, status, owner_id, owner_dept_id, customer_id, expected_close_date", deleted,
                id, name, new BigDecimal(amount), stageId, status, ownerId, ownerDeptId, customerId, expectedCloseDate);
    }

    /**
     * A row of any mirrored table (the 0004 records: customer, contract, receipt, pool_event, …) as the sink writes it:
     * the columns given as name, value, name, value, …, then a newer version, {@code is_deleted} and the commit time;
     * every other column takes its default. Give {@code created_at} etc. when the test counts by them.
     */
    public Instant row(String table, boolean deleted, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        var columns = new StringBuilder();
        Object[] values = new Object[namesAndValues.length / 2];
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.append(i == 0 ? "" : ", ").append((String) namesAndValues[i]);
            values[i / 2] = namesAndValues[i + 1];
        }
        return link(table, columns.toString(), deleted, values);
    }

    public Instant aggregate(long stageId, long openCount, String openAmount, String weightedAmount) {
        long at = clock.addAndGet(1_000);
        long v = version.incrementAndGet();
        insert("pipeline_by_stage", "stage_id, open_count, open_amount, weighted_amount, version, commit_ts", stageId,
                openCount, new BigDecimal(openAmount), new BigDecimal(weightedAmount), v, Instant.ofEpochMilli(at));
        return progress("pipeline_by_stage", at, v);
    }

    /** A customer with only its name (the other columns at their defaults). */
    public Instant customer(long id, String name) {
        return entity("customer", "id, name", false, id, name);
    }

    /** A marketer's segment as {@code cdc.segment} mirrors it; deleted: the owner deleted it. */
    public Instant segment(long id, String name, String rule, long ownerId, long ownerDeptId, boolean deleted) {
        return entity("segment", "id, name, rule, owner_id, owner_dept_id", deleted, id, name, rule, ownerId, ownerDeptId);
    }

    /** A row of {@code customer_features}: the features a preview reads, the others at their defaults. */
    public void customerFeatures(long customerId, Long ownerId, Long ownerDeptId, String industry, String receivedTotal,
            LocalDate lastReceiptOn, boolean deleted) {
        insert("customer_features", "customer_id, owner_id, owner_dept_id, industry, level, lifecycle_stage, "
                + "last_receipt_on, received_total, evaluated_on, version, is_deleted, commit_ts", customerId, ownerId,
                ownerDeptId, industry, "NORMAL", "PROSPECT", lastReceiptOn, new BigDecimal(receivedTotal),
                LocalDate.of(2025, 11, 24), version.incrementAndGet(), deleted ? 1 : 0, Instant.now());
    }

    /** A row of {@code segment_member} with the next version; {@code since} in epoch milliseconds. */
    public void segmentMember(long segmentId, long customerId, boolean member, Long ownerId, Long ownerDeptId,
            long sinceMs) {
        insert("segment_member", "segment_id, customer_id, is_member, owner_id, owner_dept_id, since, version, commit_ts",
                segmentId, customerId, member ? 1 : 0, ownerId, ownerDeptId, Instant.ofEpochMilli(sinceMs),
                version.incrementAndGet(), Instant.ofEpochMilli(sinceMs));
    }

    /** A row of {@code segment_member_event}. */
    public void segmentEvent(long segmentId, long customerId, String kind, long atMs, Long ownerId, Long ownerDeptId) {
        insert("segment_member_event", "segment_id, customer_id, kind, at, owner_id, owner_dept_id, version",
                segmentId, customerId, kind, Instant.ofEpochMilli(atMs), ownerId, ownerDeptId, version.incrementAndGet());
    }

    /** A campaign (started {@code startDate}) owned by {@code ownerId} of {@code ownerDeptId}. */
    public Instant campaign(long id, String name, LocalDate startDate, long ownerId, long ownerDeptId, boolean deleted) {
        return entity("campaign", "id, name, channel, status, budget, start_date, end_date, owner_id, owner_dept_id",
                deleted, id, name, "EVENT", "ACTIVE", BigDecimal.ZERO, startDate, startDate.plusMonths(1), ownerId,
                ownerDeptId);
    }

    /**
     * A row of {@code campaign_roi}: {@code figures} are cost, leads, opportunities, opportunity amount, won, won
     * amount, contracts, contract amount, receipts, received, in the table's order (amounts as text).
     */
    public Instant campaignRoi(String model, long campaignId, Object... figures) {
        long at = clock.addAndGet(1_000);
        long v = version.incrementAndGet();
        Object[] values = new Object[figures.length];
        for (int i = 0; i < figures.length; i++) {
            values[i] = figures[i] instanceof String amount ? new BigDecimal(amount) : figures[i];
        }
        insert("campaign_roi", "model, campaign_id, cost, leads, opportunities, opportunity_amount, won, won_amount, "
                + "contracts, contract_amount, receipts, received, version, commit_ts",
                append(append(new Object[] {model, campaignId}, values), v, Instant.ofEpochMilli(at)));
        return progress("campaign_roi", at, v);
    }

    /**
     * A row of {@code funnel_transition}, as the funnel topology publishes it: the entity entering {@code toStep}
     * ({@code toStageId} for STAGE, else 0) at {@code at}, owned then by {@code ownerId} of {@code ownerDeptId}; the fact
     * id derived from them as the topology derives it. The journey's ids and the step left are optional (null).
     */
    public Instant funnelTransition(String entityType, long entityId, String fromStep, long fromStageId, String toStep,
            long toStageId, Instant at, long ownerId, long ownerDeptId, Long leadId, Long customerId, Long msInFromStep,
            boolean backward) {
        long commit = clock.addAndGet(1_000);
        long v = version.incrementAndGet();
        String factId = entityType + ":" + entityId + ":" + toStep + (toStageId == 0 ? "" : ":" + toStageId) + ":"
                + at.toEpochMilli();
        insert("funnel_transition", "fact_id, entity_type, entity_id, from_step, from_stage_id, to_step, to_stage_id, at, "
                + "owner_id, owner_dept_id, lead_id, customer_id, backward, ms_in_from_step, version, is_deleted, commit_ts",
                factId, entityType, entityId, fromStep == null ? "" : fromStep, fromStageId, toStep, toStageId, at,
                ownerId, ownerDeptId, leadId, customerId, backward ? 1 : 0, msInFromStep, v, 0, Instant.ofEpochMilli(commit));
        return progress("funnel_transition", commit, v);
    }

    /** A cell of {@code forecast_pipeline} as the forecast topology publishes it (amounts as text), newest version. */
    public Instant forecastCell(int closeMonth, long ownerId, long ownerDeptId, String status, long stageId,
            String category, long deals, String amount, String weightedAmount) {
        long at = clock.addAndGet(1_000);
        long v = version.incrementAndGet();
        insert("forecast_pipeline", "close_month, owner_id, owner_dept_id, status, stage_id, category, deals, amount, "
                + "weighted_amount, version, commit_ts", closeMonth, ownerId, ownerDeptId, status, stageId, category, deals,
                new BigDecimal(amount), new BigDecimal(weightedAmount), v, Instant.ofEpochMilli(at));
        return progress("forecast_pipeline", at, v);
    }

    /** A row of {@code forecast_snapshot}: the cell as it stood on {@code day}. */
    public Instant forecastSnapshot(LocalDate day, int closeMonth, long ownerId, long ownerDeptId, String status,
            long stageId, String category, long deals, String amount, String weightedAmount) {
        long at = clock.addAndGet(1_000);
        long v = version.incrementAndGet();
        insert("forecast_snapshot", "snapshot_date, close_month, owner_id, owner_dept_id, status, stage_id, category, "
                + "deals, amount, weighted_amount, version, commit_ts", day, closeMonth, ownerId, ownerDeptId, status,
                stageId, category, deals, new BigDecimal(amount), new BigDecimal(weightedAmount), v, Instant.ofEpochMilli(at));
        return progress("forecast_snapshot", at, v);
    }

    /** A payment plan of {@code receivable}: outstanding = amount − received; {@code deleted}: the plan was deleted. */
    public Instant receivable(long planId, long contractId, long ownerId, long ownerDeptId, LocalDate dueDate,
            String amount, String received, boolean deleted) {
        long at = clock.addAndGet(1_000);
        long v = version.incrementAndGet();
        BigDecimal total = new BigDecimal(amount);
        BigDecimal got = new BigDecimal(received);
        insert("receivable", "plan_id, contract_id, owner_id, owner_dept_id, due_date, amount, receipts, received, "
                + "outstanding, version, is_deleted, commit_ts", planId, contractId, ownerId, ownerDeptId, dueDate, total,
                got.signum() == 0 ? 0 : 1, got, total.subtract(got), v, deleted ? 1 : 0, Instant.ofEpochMilli(at));
        return progress("receivable", at, v);
    }

    private Instant entity(String table, String columns, boolean deleted, Object... values) {
        long at = clock.addAndGet(1_000);
        long v = version.incrementAndGet();
        Instant commit = Instant.ofEpochMilli(at);
        insert(table, columns + ", " + ENTITY, append(values, commit, commit, 0, v, deleted ? 1 : 0, commit));
        return progress(table, at, v);
    }

    private Instant link(String table, String columns, boolean deleted, Object... values) {
        long at = clock.addAndGet(1_000);
        long v = version.incrementAndGet();
        insert(table, columns + ", " + CAPTURED, append(values, v, deleted ? 1 : 0, Instant.ofEpochMilli(at)));
        return progress(table, at, v);
    }

    private Instant progress(String table, long at, long v) {
        Instant when = Instant.ofEpochMilli(at);
        insert("sink_progress", "table_name, updated_at, last_commit_ts, last_version, batch_rows", table, when, when, v, 1);
        return when;
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = new Object[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    private void insert(String table, String columns, Object... values) {
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(values.length - 1) + "?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("insert into " + table + " failed: " + e.getMessage(), e);
        }
    }
}
