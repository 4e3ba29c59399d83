package io.pulsecrm.dashboards.support;

import io.pulsecrm.warehouse.testing.WarehouseRows;

/**
 * What V2/V3 seed, as far as the dashboards care: the top department, and the built-in roles with their scope and
 * whether they hold dashboard:view.
 */
public final class BuiltInRoles {

    public static final long TOP_DEPARTMENT = 1;
    public static final long SUPER_ADMIN = 100;
    /** SELF, with dashboard:view. */
    public static final long SALES_REP = 101;
    /** DEPT_AND_CHILDREN, with dashboard:view. */
    public static final long SALES_MANAGER = 102;
    /** DEPT, without dashboard:view. */
    public static final long SERVICE_AGENT = 103;

    private BuiltInRoles() {
    }

    public static void write(WarehouseRows rows) {
        rows.department(TOP_DEPARTMENT, null, false);
        rows.role(SUPER_ADMIN, "SUPER_ADMIN", "ALL");
        rows.role(SALES_REP, "SALES_REP", "SELF");
        rows.rolePermission(SALES_REP, "dashboard:view", false);
        rows.role(SALES_MANAGER, "SALES_MANAGER", "DEPT_AND_CHILDREN");
        rows.rolePermission(SALES_MANAGER, "dashboard:view", false);
        rows.role(SERVICE_AGENT, "SERVICE_AGENT", "DEPT");
        rows.rolePermission(SERVICE_AGENT, "customer:view", false);
    }
}
