package io.pulsecrm.warehouse.reconcile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Live rows per mirrored table: PostgreSQL's count against ClickHouse's rows under FINAL that are not deleted. Keyed
 * by the PostgreSQL name. {@code user_session} is left out: ClickHouse drops sessions a week past expiry (TTL) while
 * PostgreSQL keeps them, so their counts differ by design.
 */
final class TableRowsFigure {

    /** PostgreSQL table → its mirror in ClickHouse: constants, the only names spliced into these statements. */
    private static final Map<String, String> MIRRORS = mirrors();

    private TableRowsFigure() {}

    static Figure figure() {
        String postgres = MIRRORS.keySet().stream()
                .map(table -> "SELECT '" + table + "' AS table_name, count(*) AS live_rows FROM " + table)
                .collect(Collectors.joining("\nUNION ALL\n"));
        String clickHouse = MIRRORS.entrySet().stream()
                .map(e -> "SELECT '" + e.getKey() + "' AS table_name, count() AS live_rows FROM " + e.getValue()
                        + " FINAL WHERE is_deleted = 0")
                .collect(Collectors.joining("\nUNION ALL\n"));
        return new Figure("table_rows", List.of("table"), List.of("live_rows"), postgres, clickHouse);
    }

    private static Map<String, String> mirrors() {
        Map<String, String> mirrors = new LinkedHashMap<>();
        for (String same : List.of("opportunity_stage", "opportunity", "customer", "contact", "lead", "follow_up",
                "contract", "payment_plan", "receipt", "campaign", "campaign_cost", "sales_target", "pool_event")) {
            mirrors.put(same, same);
        }
        mirrors.put("department", "org_department");
        mirrors.put("app_user", "org_user");
        mirrors.put("app_role", "org_role");
        mirrors.put("user_role", "org_user_role");
        mirrors.put("role_scope_department", "org_role_scope_department");
        mirrors.put("role_permission", "org_role_permission");
        mirrors.put("record_team_member", "org_record_team_member");
        return Collections.unmodifiableMap(mirrors);
    }
}
