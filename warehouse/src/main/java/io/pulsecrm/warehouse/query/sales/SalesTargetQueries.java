package io.pulsecrm.warehouse.query.sales;

import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.WarehouseQueryException;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Sales targets ({@code sales_target}, per user or department and month) a viewer may see, as oltp-app's target list
 * shows them: a user's when the user is in scope, a department's when the department is (everything for ALL).
 */
public final class SalesTargetQueries {

    // Months as yyyymm so that a range may cross a year's end. IN an array: a set lookup, where has() scanned the array.
    static final String TARGETS = """
            SELECT user_id, department_id, sum(contract_amount) AS contract_amount, sum(receipt_amount) AS receipt_amount
            FROM sales_target FINAL
            WHERE is_deleted = 0 AND year * 100 + month BETWEEN ? AND ?
              AND (? = 1 OR user_id IN ? OR department_id IN ?)
            GROUP BY user_id, department_id
            ORDER BY user_id, department_id
            """;

    private final DataSource dataSource;

    public SalesTargetQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every visible user's and department's targets of the months {@code first} to {@code last}, summed. */
    public List<TargetSum> targets(ViewerScope viewer, YearMonth first, YearMonth last) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(TARGETS)) {
            q.setInt(1, first.getYear() * 100 + first.getMonthValue());
            q.setInt(2, last.getYear() * 100 + last.getMonthValue());
            q.setInt(3, viewer.scope().all() ? 1 : 0);
            q.setObject(4, List.copyOf(viewer.scope().owners()));
            q.setObject(5, List.copyOf(viewer.scope().departments()));
            List<TargetSum> sums = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long user = rs.getLong("user_id");
                    Long userId = rs.wasNull() ? null : user;
                    long department = rs.getLong("department_id");
                    Long departmentId = rs.wasNull() ? null : department;
                    sums.add(new TargetSum(userId, departmentId,
                            rs.getBigDecimal("contract_amount").setScale(2, RoundingMode.UNNECESSARY),
                            rs.getBigDecimal("receipt_amount").setScale(2, RoundingMode.UNNECESSARY)));
                }
            }
            return sums;
        } catch (SQLException e) {
            throw new WarehouseQueryException("sales targets", e);
        }
    }
}
