package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The deals behind the scoped pipeline chart ({@link PipelineQueries#openPipelineByStage(ViewerScope)}): the same
 * rows of {@code opportunity FINAL}, chosen by the same condition ({@link OpenDealsInScope}), listed a page at a time.
 * So a stage's total here is its figure in the chart for the same scope.
 */
public final class PipelineDealQueries {

    static final String STAGE = """
            SELECT name FROM opportunity_stage FINAL WHERE id = ? AND is_deleted = 0
            """;

    static final String TOTALS = """
            SELECT count() AS total_items, sum(amount) AS total_amount
            FROM opportunity FINAL
            WHERE stage_id = ? AND %s
            """.formatted(OpenDealsInScope.CONDITION);

    // The page is cut before the owner's name is joined, so the join touches one page of rows. Dates as text and
    // times as epoch milliseconds: no time-zone conversion between server, driver and JVM.
    static final String PAGE = """
            SELECT d.id                                   AS id,
                   d.name                                 AS name,
                   d.amount                               AS amount,
                   toString(d.expected_close_date)        AS expected_close_date,
                   d.owner_id                             AS owner_id,
                   nullIf(u.display_name, '')             AS owner_name,
                   d.customer_id                          AS customer_id,
                   toUnixTimestamp64Milli(d.updated_at)   AS updated_at_ms
            FROM
            (
                SELECT id, name, amount, expected_close_date, owner_id, customer_id, updated_at
                FROM opportunity FINAL
                WHERE stage_id = ? AND %s
                ORDER BY amount DESC, id DESC
                LIMIT ? OFFSET ?
            ) AS d
            LEFT JOIN
            (
                SELECT id, display_name FROM org_user FINAL WHERE is_deleted = 0
            ) AS u ON u.id = d.owner_id
            ORDER BY d.amount DESC, d.id DESC
            """.formatted(OpenDealsInScope.CONDITION);

    private final DataSource dataSource;

    /** @param dataSource connections on the warehouse database; pool them when querying per request */
    public PipelineDealQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Page {@code page} (from 0) of {@code size} of the stage's open deals the scope covers, with their total count
     * and amount; empty when the stage does not exist (or was deleted), as the chart has no row for it then.
     */
    public Optional<StageDeals> openDealsOfStage(long stageId, ViewerScope scope, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, was " + page + "/" + size);
        }
        try (Connection c = dataSource.getConnection()) {
            String stageName = stageName(c, stageId);
            if (stageName == null) {
                return Optional.empty();
            }
            long totalItems;
            BigDecimal totalAmount;
            try (PreparedStatement q = c.prepareStatement(TOTALS)) {
                q.setLong(1, stageId);
                OpenDealsInScope.bind(q, 2, scope);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    totalItems = rs.getLong("total_items");
                    totalAmount = money(rs.getBigDecimal("total_amount"));
                }
            }
            long offset = (long) page * size;
            List<OpenDeal> deals = offset < totalItems ? page(c, stageId, scope, size, offset) : List.of();
            return Optional.of(new StageDeals(stageId, stageName, totalItems, totalAmount, deals));
        } catch (SQLException e) {
            throw new WarehouseQueryException("open deals of stage " + stageId, e);
        }
    }

    private static String stageName(Connection c, long stageId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(STAGE)) {
            q.setLong(1, stageId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString("name") : null;
            }
        }
    }

    private static List<OpenDeal> page(Connection c, long stageId, ViewerScope scope, int size, long offset)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(PAGE)) {
            q.setLong(1, stageId);
            int next = OpenDealsInScope.bind(q, 2, scope);
            q.setInt(next, size);
            q.setLong(next + 1, offset);
            List<OpenDeal> deals = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String closeDate = rs.getString("expected_close_date");
                    long customerId = rs.getLong("customer_id");
                    Long customer = rs.wasNull() ? null : customerId;
                    deals.add(new OpenDeal(rs.getLong("id"), rs.getString("name"), money(rs.getBigDecimal("amount")),
                            closeDate == null ? null : LocalDate.parse(closeDate), rs.getLong("owner_id"),
                            rs.getString("owner_name"), customer, Instant.ofEpochMilli(rs.getLong("updated_at_ms"))));
                }
            }
            return deals;
        }
    }

    /** Amounts are Decimal(18, 2); a sum comes back as Decimal(38, 2). */
    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
