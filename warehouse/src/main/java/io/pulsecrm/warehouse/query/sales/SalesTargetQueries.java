package io.pulsecrm.warehouse.query.sales;

import io.pulsecrm.warehouse.query.ViewerScope;
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
    private static final String SUMS = """
            SELECT user_id, department_id, sum(contract_amount) AS contract_amount, sum(receipt_amount) AS receipt_amount
            FROM sales_target FINAL
            WHERE is_deleted = 0 AND year * 100 + month BETWEEN ? AND ?
              AND (? = 1 OR user_id IN ? OR department_id IN ?)
            GROUP BY user_id, department_id""";

    private final DataSource dataSource;

    public SalesTargetQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every visible user's and department's targets of the months {@code first} to {@code last}, summed. */
    public List<TargetSum> targets(ViewerScope viewer, YearMonth first, YearMonth last) {
        var sql = sums(viewer, first, last).add("\nORDER BY user_id, department_id");
        return Reads.read(dataSource, sql, "sales targets", rs -> {
            List<TargetSum> sums = new ArrayList<>();
            while (rs.next()) {
                sums.add(new TargetSum(Reads.nullableLong(rs, "user_id"), Reads.nullableLong(rs, "department_id"),
                        Reads.money(rs.getBigDecimal("contract_amount")), Reads.money(rs.getBigDecimal("receipt_amount"))));
            }
            return sums;
        });
    }

    /** The visible targets summed per user and department: what {@link #targets} lists, also read with the actuals. */
    static BoundSql sums(ViewerScope viewer, YearMonth first, YearMonth last) {
        return new BoundSql().add(SUMS, first.getYear() * 100 + first.getMonthValue(),
                last.getYear() * 100 + last.getMonthValue(), viewer.scope().all() ? 1 : 0,
                List.copyOf(viewer.scope().owners()), List.copyOf(viewer.scope().departments()));
    }
}
