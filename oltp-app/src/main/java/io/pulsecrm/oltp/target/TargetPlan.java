package io.pulsecrm.oltp.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year of targets of one user or one department, January to December.
 *
 * @param departmentId the department itself, or the user's current department
 */
public record TargetPlan(TargetKind kind, Long userId, String userName, long departmentId, String departmentName,
                         int year, List<MonthRow> months, BigDecimal contractTotal, BigDecimal receiptTotal) {

    static TargetPlan of(TargetKind kind, Long userId, String userName, long departmentId, String departmentName,
            int year, List<MonthRow> set) {
        MonthRow[] months = new MonthRow[12];
        for (int m = 1; m <= 12; m++) {
            months[m - 1] = new MonthRow(m, null, SalesTarget.ZERO, SalesTarget.ZERO, null);
        }
        set.forEach(row -> months[row.month() - 1] = row);
        List<MonthRow> all = List.of(months);
        return new TargetPlan(kind, userId, userName, departmentId, departmentName, year, all,
                all.stream().map(MonthRow::contractAmount).reduce(SalesTarget.ZERO, BigDecimal::add),
                all.stream().map(MonthRow::receiptAmount).reduce(SalesTarget.ZERO, BigDecimal::add));
    }
}
