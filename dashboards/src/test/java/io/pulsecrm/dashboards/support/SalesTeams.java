package io.pulsecrm.dashboards.support;

import io.pulsecrm.warehouse.testing.WarehouseRows;

/**
 * The organization the sales and forecast API tests share the shape of: a sales department under the top one with an
 * east and a west team, its manager (DEPT_AND_CHILDREN), a rep in each team and a second west rep who, in most tests,
 * owns nothing and is on a record's team. The ids are each test's own, so tests never see each other's rows.
 */
public record SalesTeams(long sales, long east, long west, long manager, long repEast, long repWest, long teammate) {

    /** The four logins, in the order of the ids. */
    public record Logins(SignedIn manager, SignedIn repEast, SignedIn repWest, SignedIn teammate) {
    }

    /** Writes the departments and users as the sink would and signs the four in. */
    public Logins writeTo(SinkSimulator sink) {
        WarehouseRows rows = sink.rows();
        rows.department(sales, BuiltInRoles.TOP_DEPARTMENT, false);
        rows.department(east, sales, false);
        rows.department(west, sales, false);
        return new Logins(sink.signIn(manager, sales, BuiltInRoles.SALES_MANAGER),
                sink.signIn(repEast, east, BuiltInRoles.SALES_REP), sink.signIn(repWest, west, BuiltInRoles.SALES_REP),
                sink.signIn(teammate, west, BuiltInRoles.SALES_REP));
    }
}
