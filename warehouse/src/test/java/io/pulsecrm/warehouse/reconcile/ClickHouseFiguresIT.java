package io.pulsecrm.warehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The ClickHouse side of every figure on the migrated warehouse (the local endpoint, or a real server with
 * {@code -Dwarehouse.it.clickhouse.url}): each statement runs, and a figure counts a row's latest version only, never
 * a deleted one — what the sink's replays and deletes leave behind.
 */
class ClickHouseFiguresIT {

    private static final String RECEIPT = """
            INSERT INTO receipt (id, number, contract_id, plan_id, customer_id, amount, received_on, method, owner_id,
                                 owner_dept_id, created_by, created_at, updated_at, entity_version, version, is_deleted, commit_ts)
            VALUES (?, 'HK-IT', 1, NULL, 1, ?, '2024-07-31', 'CASH', ?, 1, 1, now64(3), now64(3), 0, ?, ?, now64(3))
            """;

    @Test
    void everyFigureRunsOnClickHouse() throws Exception {
        try (Connection c = WarehouseStack.dataSource().getConnection()) {
            for (Figure figure : ReconcileCli.figures(ZoneId.of("Asia/Shanghai"))) {
                FigureReader.read(c, figure, figure.clickHouseSql()); // throws if ClickHouse refuses the statement
            }
            assertThat(WalPositions.clickHouseVersion(c)).isNotNegative();
        }
    }

    @Test
    void receiptsCountTheLatestVersionOfEachRowAndNoDeletedOne() throws Exception {
        long owner = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        long id = owner; // ids of this test's own, far from other tests'
        try (Connection c = WarehouseStack.dataSource().getConnection()) {
            receipt(c, id, "10.00", owner, 100, false);
            receipt(c, id, "12.50", owner, 200, false); // an update: the latest version wins
            receipt(c, id + 1, "99.00", owner, 300, false);
            receipt(c, id + 1, "99.00", owner, 400, true); // then deleted

            Figure receipts = OwnerMonthFigures.all(ZoneId.of("UTC")).stream()
                    .filter(f -> f.name().equals("receipts")).findFirst().orElseThrow();
            FigureRows rows = FigureReader.read(c, receipts, receipts.clickHouseSql());

            assertThat(rows.byKey()).containsEntry(List.of(Long.toString(owner), "202407"),
                    List.of(BigDecimal.ONE, new BigDecimal("12.50")));
        }
    }

    @Test
    void campaignRoiReadsTheLatestVersionOfEachModelAndLeavesZerosOut() throws Exception {
        long campaign = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        var rows = new WarehouseRows(WarehouseStack.dataSource());
        rows.campaignRoi("last_touch", campaign, "10.00", 1L, 1L, "99.00", 0L, "0.00", 0L, "0.00", 0L, "0.00");
        rows.campaignRoi("last_touch", campaign, "10.00", 1L, 1L, "99.00", 1L, "99.00", 1L, "99.00", 1L, "49.50");
        rows.campaignRoi("first_touch", campaign, "10.00", 1L, 0L, "0.00", 0L, "0.00", 0L, "0.00", 0L, "0.00");
        rows.campaignRoi("first_touch", campaign + 1, "0.00", 0L, 0L, "0.00", 0L, "0.00", 0L, "0.00", 0L, "0.00");

        Figure roi = CampaignFigures.all().getFirst();
        try (Connection c = WarehouseStack.dataSource().getConnection()) {
            FigureRows read = FigureReader.read(c, roi, roi.clickHouseSql());

            assertThat(read.byKey().get(List.of("last_touch", Long.toString(campaign)))).usingElementComparator(
                    BigDecimal::compareTo).containsExactly(decimals("10.00", "1", "1", "99.00", "1", "99.00", "1",
                    "99.00", "1", "49.50"));
            assertThat(read.byKey()).containsKey(List.of("first_touch", Long.toString(campaign)))
                    .doesNotContainKey(List.of("first_touch", Long.toString(campaign + 1)));
        }
    }

    private static BigDecimal[] decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    private static void receipt(Connection c, long id, String amount, long owner, long version, boolean deleted)
            throws Exception {
        try (PreparedStatement insert = c.prepareStatement(RECEIPT)) {
            insert.setLong(1, id);
            insert.setBigDecimal(2, new BigDecimal(amount));
            insert.setLong(3, owner);
            insert.setLong(4, version);
            insert.setInt(5, deleted ? 1 : 0);
            insert.executeUpdate();
        }
    }
}
