package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.VisibleScope;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Receivables for the dashboards, from {@code receivable} (FINAL, deleted plans left out). Ageing is computed here,
 * relative to the day asked about (bound), so the stored rows stay true as days pass without being published again.
 */
public final class ReceivableQueries {

    static final String AGEING = """
            SELECT multiIf(overdue <= 0, 'NOT_DUE', overdue <= 30, 'DAYS_1_30', overdue <= 60, 'DAYS_31_60',
                           overdue <= 90, 'DAYS_61_90', 'OVER_90') AS bucket,
                   count() AS plans, sum(outstanding) AS outstanding
            FROM
            (
                SELECT dateDiff('day', due_date, toDate(?)) AS overdue, outstanding
                FROM receivable FINAL
                WHERE is_deleted = 0 AND outstanding > 0 AND %s
            )
            GROUP BY bucket
            """.formatted(OwnersInScope.CONDITION);

    private final DataSource dataSource;

    public ReceivableQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every bucket in order (empty ones as zeros): the plans in scope not fully received on {@code asOf}. */
    public List<AgeingBucket> ageing(VisibleScope scope, LocalDate asOf) {
        Map<AgeingBucket.Bucket, AgeingBucket> found = new EnumMap<>(AgeingBucket.Bucket.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(AGEING)) {
            query.setString(1, asOf.toString());
            OwnersInScope.bind(query, 2, scope);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    AgeingBucket.Bucket bucket = AgeingBucket.Bucket.valueOf(rs.getString("bucket"));
                    found.put(bucket, new AgeingBucket(bucket, rs.getLong("plans"),
                            ForecastQueries.cents(rs.getBigDecimal("outstanding"))));
                }
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException("receivables ageing", e);
        }
        List<AgeingBucket> buckets = new ArrayList<>();
        for (AgeingBucket.Bucket bucket : AgeingBucket.Bucket.values()) {
            buckets.add(found.getOrDefault(bucket, new AgeingBucket(bucket, 0, BigDecimal.ZERO.setScale(2))));
        }
        return buckets;
    }
}
