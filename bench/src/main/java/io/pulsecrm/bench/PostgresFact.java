package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * How an OLTP-only CRM reads each dashboard figure from oltp-app's tables: written independently of the warehouse's
 * definitions (dashboards/README.md, "Figures", is the specification both follow), so that the bench's check that
 * both sides give the same figures means something.
 */
record PostgresFact(String table, String day, boolean timestamp, String condition, String amount, String owner,
                    String department, String teamType, String teamId, boolean throughCustomer, String category) {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    enum Key { OWNER, DEPARTMENT, MONTH, CATEGORY }

    static PostgresFact of(SalesFact fact) {
        return switch (fact) {
            case NEW_CUSTOMERS -> owned("customer", "t.created_at", true, "true", null, "CUSTOMER", "t.id", false, null);
            case NEW_CONTACTS -> owned("contact", "t.created_at", true, "true", null, "CUSTOMER", "t.customer_id", true, null);
            case NEW_OPPORTUNITIES -> owned("opportunity", "t.created_at", true, "true", "t.amount", "OPPORTUNITY", "t.id", false, null);
            case SIGNED_CONTRACTS -> owned("contract", "t.signed_on", false, "t.status = 'APPROVED'", "t.total_amount", "CONTRACT", "t.id", false, null);
            case RECEIPTS -> owned("receipt", "t.received_on", false, "true", "t.amount", "CONTRACT", "t.contract_id", false, null);
            case FOLLOW_UPS -> owned("follow_up", "t.occurred_at", true, "true", null, null, null, false, "t.kind");
            case POOL_EVENTS -> new PostgresFact("pool_event", "t.occurred_at", true, "true", null,
                    "CASE WHEN t.kind IN ('CLAIM', 'ASSIGN') THEN t.to_owner_id ELSE t.from_owner_id END",
                    "CASE WHEN t.kind IN ('CLAIM', 'ASSIGN') THEN t.to_owner_dept_id ELSE t.from_owner_dept_id END",
                    "CUSTOMER", "t.customer_id", false, "t.kind");
            // read by their own widgets' SQL (PostgresAnalyticsFigures), not as a fact of the brief
            case FORECAST_OPEN, FORECAST_WON, RECEIVABLES -> throw new IllegalArgumentException("not a brief fact: " + fact);
        };
    }

    private static PostgresFact owned(String table, String day, boolean timestamp, String condition, String amount,
            String teamType, String teamId, boolean throughCustomer, String category) {
        return new PostgresFact(table, day, timestamp, condition, amount, "t.owner_id", "t.owner_dept_id", teamType,
                teamId, throughCustomer, category);
    }

    /** {@code k, n, amount} of the rows in the range (one row, k = '', without a key); range then scope bound. */
    String select(Key key, ViewerScope viewer) {
        String k = key == null ? "''" : switch (key) {
            case OWNER -> owner + "::text";
            case DEPARTMENT -> department + "::text";
            case MONTH -> "to_char(" + day + ", 'YYYY-MM')";
            case CATEGORY -> category;
        };
        return "SELECT " + k + " AS k, count(*) AS n, coalesce(sum(" + (amount == null ? "0" : amount) + "), 0) AS amount\n"
                + "FROM " + table + " t\nWHERE " + condition + "\n  AND "
                + (timestamp ? day + " >= ? AND " + day + " < ?" : day + " BETWEEN ? AND ?")
                + (viewer.scope().all() ? "" : "\n  AND " + visible(owner, department, teamType, teamId, throughCustomer))
                + (key == null ? "" : "\n  AND " + k + " IS NOT NULL\nGROUP BY 1 ORDER BY 1");
    }

    /** Binds the range from {@code first}: dates, or the zone's midnights around them. Returns the next index. */
    int bindRange(PreparedStatement q, int first, DayRange range) throws SQLException {
        if (timestamp) {
            q.setObject(first, range.from().atStartOfDay(SHANGHAI).toOffsetDateTime());
            q.setObject(first + 1, range.to().plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime());
        } else {
            q.setObject(first, range.from());
            q.setObject(first + 1, range.to());
        }
        return first + 2;
    }

    /** oltp-app's rule: the owner or the department in scope, or the viewer on the record's team. */
    static String visible(String owner, String department, String teamType, String teamId, boolean throughCustomer) {
        return "(" + owner + " = ANY(?) OR " + department + " = ANY(?)"
                + (teamType == null ? "" : "\n       OR EXISTS (SELECT 1 FROM record_team_member m WHERE m.user_id = ?"
                        + " AND m.entity_type = '" + teamType + "' AND m.entity_id = " + teamId + ")")
                + (throughCustomer ? "\n       OR EXISTS (SELECT 1 FROM customer c WHERE c.id = t.customer_id"
                        + " AND (c.owner_id = ANY(?) OR c.owner_dept_id = ANY(?)))" : "")
                + ")";
    }

    /**
     * {@code sql} with its {@code {scope}} replaced by the owner-only rule on {@code alias} (the widgets without record
     * teams: forecast, receivables, campaigns): nothing to test for a viewer who sees everything.
     */
    static String owned(String sql, String alias, ViewerScope viewer) {
        return sql.replace("{scope}", viewer.scope().all() ? "true"
                : "(" + alias + ".owner_id = ANY(?) OR " + alias + ".owner_dept_id = ANY(?))");
    }

    /** Binds {@link #owned}'s values from {@code first}. */
    static void bindOwned(PreparedStatement q, int first, ViewerScope viewer) throws SQLException {
        if (!viewer.scope().all()) {
            q.setArray(first, q.getConnection().createArrayOf("bigint", viewer.scope().owners().toArray()));
            q.setArray(first + 1, q.getConnection().createArrayOf("bigint", viewer.scope().departments().toArray()));
        }
    }

    /** Binds {@link #visible}'s values from {@code first} ({@code fact} null: a deal's, with a team). */
    static void bindScope(PreparedStatement q, int first, ViewerScope viewer, PostgresFact fact) throws SQLException {
        if (viewer.scope().all()) {
            return;
        }
        var owners = q.getConnection().createArrayOf("bigint", viewer.scope().owners().toArray());
        var departments = q.getConnection().createArrayOf("bigint", viewer.scope().departments().toArray());
        q.setArray(first, owners);
        q.setArray(first + 1, departments);
        int next = first + 2;
        if (fact == null || fact.teamType() != null) {
            q.setLong(next++, viewer.viewerId());
        }
        if (fact != null && fact.throughCustomer()) {
            q.setArray(next, owners);
            q.setArray(next + 1, departments);
        }
    }
}
