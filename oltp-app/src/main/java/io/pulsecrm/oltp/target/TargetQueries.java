package io.pulsecrm.oltp.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.identity.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a year of targets for the list: the caller's scope decides which users' and departments'
 * rows are read at all (at most 12 rows per user or department, and a year index to find them).
 */
@Component
class TargetQueries {

    private static final String SELECT = """
            select t.id, t.month, t.user_id, u.display_name as user_name, d.id as department_id,
                   d.name as department_name, t.contract_amount, t.receipt_amount, t.version
            from sales_target t
            left join app_user u on u.id = t.user_id
            join department d on d.id = coalesce(t.department_id, u.department_id)
            """;
    private static final String ORDER = " order by t.user_id is not null, d.name, d.id, u.display_name, t.user_id, t.month";

    private final JdbcClient jdbc;

    TargetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The plans of a year: departments first, then users, by name.
     *
     * @param departmentId the department's own plan and the plans of the users now in it
     */
    List<TargetPlan> year(Viewer viewer, int year, Long departmentId, Long userId) {
        List<String> where = new ArrayList<>(List.of("t.year = :year"));
        Map<String, Object> params = new HashMap<>(Map.of("year", year));
        if (!viewer.scope().all()) {
            where.add("(t.user_id = any(:owners) or t.department_id = any(:departments))");
            params.put("owners", viewer.scope().owners().toArray(Long[]::new));
            params.put("departments", viewer.scope().departments().toArray(Long[]::new));
        }
        if (departmentId != null) {
            where.add("(t.department_id = :department or u.department_id = :department)");
            params.put("department", departmentId);
        }
        if (userId != null) {
            where.add("t.user_id = :user");
            params.put("user", userId);
        }
        Map<String, List<Row>> byWhose = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where " + String.join(" and ", where) + ORDER).params(params)
                .query((rs, n) -> new Row((Long) rs.getObject("user_id"), rs.getString("user_name"),
                        rs.getLong("department_id"), rs.getString("department_name"),
                        new MonthRow(rs.getInt("month"), rs.getLong("id"), rs.getBigDecimal("contract_amount"),
                                rs.getBigDecimal("receipt_amount"), rs.getInt("version"))))
                .list()
                .forEach(row -> byWhose.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
        return byWhose.values().stream().map(rows -> {
            Row first = rows.getFirst();
            return TargetPlan.of(first.userId() == null ? TargetKind.DEPARTMENT : TargetKind.USER, first.userId(),
                    first.userName(), first.departmentId(), first.departmentName(), year,
                    rows.stream().map(Row::month).toList());
        }).toList();
    }

    private record Row(Long userId, String userName, long departmentId, String departmentName, MonthRow month) {

        String key() {
            return userId == null ? "D" + departmentId : "U" + userId;
        }
    }
}
