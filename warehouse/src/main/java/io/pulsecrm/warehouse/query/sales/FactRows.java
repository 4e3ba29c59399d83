package io.pulsecrm.warehouse.query.sales;

import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.ZoneId;
import java.util.List;

/**
 * The rows of a fact that a viewer may see, narrowed by the filters, in a range of days: the one subquery every figure
 * and every drill-down of {@link SalesFactQueries} reads (columns {@code f_id, f_day, f_amount, f_owner, f_dept,
 * f_category, f_title, f_title_customer, f_link_kind, f_link_id}).
 *
 * <p>Visibility is oltp-app's rule on the facts, as {@code OpenDealsInScope} has it for deals: everything, or the owner
 * in scope, or the department the row is attributed to in scope, or the viewer on the team of the row's record (the
 * team as it is now), or — for contacts — the contact's customer owned in scope. The scope and the viewer are bound as
 * parameters; only this package's constants are written into the text.
 */
final class FactRows {

    private FactRows() {
    }

    static BoundSql select(SalesFact fact, ZoneId zone, ViewerScope viewer, FactFilter filter, DayRange range) {
        Definition d = fact.definition;
        var sql = new BoundSql().add("SELECT " + d.id + " AS f_id, ");
        if (d.dayIsTimestamp) {
            sql.add("toDate(" + d.day + ", ?) AS f_day, ", zone.getId());
        } else {
            sql.add(d.day + " AS f_day, ");
        }
        sql.add((d.amount == null ? "toDecimal64(0, 2)" : d.amount) + " AS f_amount, "
                + d.owner + " AS f_owner, " + d.department + " AS f_dept, "
                + (d.category == null ? "''" : d.category) + " AS f_category, "
                + d.title + " AS f_title, " + (d.titleCustomer == null ? "CAST(NULL AS Nullable(Int64))" : d.titleCustomer)
                + " AS f_title_customer, " + d.linkKind + " AS f_link_kind, " + d.linkId + " AS f_link_id\n"
                + "FROM " + d.table + " FINAL\nWHERE is_deleted = 0 AND " + d.condition + "\n  AND ");
        visible(sql, d, viewer);
        narrowed(sql, d, filter);
        // The range holds exactly the rows whose f_day lies in it, so a figure and its list share it. A timestamp is
        // compared as it is stored, with the instants the range's first and next-after-last days begin in the zone:
        // toDate(column, zone) BETWEEN … converted every row of the table before comparing (the day index did not
        // serve it), and the brief of a month took a third longer (./crm bench dashboards).
        if (d.dayIsTimestamp) {
            // as FunnelFilter ranges its transitions
            sql.add("\n  AND " + d.day + " >= fromUnixTimestamp64Milli(?) AND " + d.day + " < fromUnixTimestamp64Milli(?)",
                    range.from().atStartOfDay(zone).toInstant().toEpochMilli(),
                    range.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        } else {
            sql.add("\n  AND " + d.day + " BETWEEN toDate(?) AND toDate(?)", range.from().toString(), range.to().toString());
        }
        return sql;
    }

    private static void visible(BoundSql sql, Definition d, ViewerScope viewer) {
        List<Long> owners = List.copyOf(viewer.scope().owners());
        List<Long> departments = List.copyOf(viewer.scope().departments());
        // `column IN array` is a hash-set lookup; has(array, column) compared every element with every row (17× slower
        // for a manager's ~40 owners, measured by ./crm bench dashboards). A NULL owner gives NULL instead of 0: false
        // all the same in these ORs.
        sql.add("(? = 1 OR " + d.owner + " IN ? OR " + d.department + " IN ?",
                viewer.scope().all() ? 1 : 0, owners, departments);
        if (d.teamType != null) {
            sql.add("\n       OR " + d.teamId + " IN (SELECT entity_id FROM org_record_team_member FINAL"
                    + " WHERE user_id = ? AND entity_type = ? AND is_deleted = 0)", viewer.viewerId(), d.teamType);
        }
        if (d.throughCustomer) {
            sql.add("\n       OR customer_id IN (SELECT id FROM customer FINAL WHERE is_deleted = 0"
                    + " AND (owner_id IN ? OR owner_dept_id IN ?))", owners, departments);
        }
        sql.add(")");
    }

    private static void narrowed(BoundSql sql, Definition d, FactFilter filter) {
        if (filter.departments() != null) {
            sql.add("\n  AND " + d.department + " IN ?", List.copyOf(filter.departments()));
        }
        if (filter.ownerId() != null) {
            sql.add("\n  AND " + d.owner + " = ?", filter.ownerId());
        }
        if (filter.category() != null) {
            if (d.category == null || !d.categories.contains(filter.category())) {
                throw new IllegalArgumentException(filter.category() + " is no category of " + d.table);
            }
            sql.add("\n  AND " + d.category + " = ?", filter.category());
        }
    }
}
