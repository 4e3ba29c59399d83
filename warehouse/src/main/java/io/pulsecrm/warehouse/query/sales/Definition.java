package io.pulsecrm.warehouse.query.sales;

import java.util.Set;

/**
 * How one {@link SalesFact} reads its table: SQL expressions over the table's columns, all constants of this package.
 * Built fluently so that each fact states only what differs from the common case (owned by {@code owner_id} in
 * {@code owner_dept_id}, every row counts, no amount, no team, no category).
 */
final class Definition {

    final String table;
    String id = "id";
    String day;
    boolean dayIsTimestamp;
    String condition = "1";
    String amount;
    String owner = "owner_id";
    String department = "owner_dept_id";
    String teamType;
    String teamId;
    boolean throughCustomer;
    String category;
    Set<String> categories = Set.of();
    String title = "''";
    String titleCustomer;
    String linkKind;
    String linkId;

    private Definition(String table) {
        this.table = table;
    }

    static Definition on(String table) {
        return new Definition(table);
    }

    /** The row's id is this column (a table keyed otherwise than by {@code id}). */
    Definition id(String column) {
        id = column;
        return this;
    }

    /** The day is this timestamp's date in the queries' zone. */
    Definition timestamp(String column) {
        day = column;
        dayIsTimestamp = true;
        return this;
    }

    Definition date(String column) {
        day = column;
        dayIsTimestamp = false;
        return this;
    }

    Definition where(String sql) {
        condition = sql;
        return this;
    }

    Definition amount(String column) {
        amount = column;
        return this;
    }

    Definition owner(String ownerSql, String departmentSql) {
        owner = ownerSql;
        department = departmentSql;
        return this;
    }

    /** Members of the team of the record ({@code entityType}) whose id is {@code idColumn} see the row too. */
    Definition team(String entityType, String idColumn) {
        teamType = entityType;
        teamId = idColumn;
        return this;
    }

    /** Rows of a customer whose owner (or owner's department) is in scope are visible too (contacts). */
    Definition throughCustomer() {
        throughCustomer = true;
        return this;
    }

    Definition category(String sql, Set<String> values) {
        category = sql;
        categories = Set.copyOf(values);
        return this;
    }

    /** A drill-down item's title: {@code sql}, or when that is empty, the name of the customer {@code customerSql}. */
    Definition title(String sql, String customerSql) {
        title = sql;
        titleCustomer = customerSql;
        return this;
    }

    /** Where a drill-down item links to in oltp-app: {@code /app/<kind>/<id>}. */
    Definition link(String kindSql, String idSql) {
        linkKind = kindSql;
        linkId = idSql;
        return this;
    }
}
