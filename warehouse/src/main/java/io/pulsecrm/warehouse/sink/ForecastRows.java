package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.AnalyticsTable.field;
import static io.pulsecrm.warehouse.sink.Column.Kind.DAY;
import static io.pulsecrm.warehouse.sink.Column.Kind.EXACT;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT32;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.MONEY;
import static io.pulsecrm.warehouse.sink.Column.oneOf;

import java.util.Map;
import java.util.Set;

/**
 * The forecast's tables (0007), from the topics of stream-processors' ForecastTopology: {@code forecast_pipeline},
 * {@code forecast_snapshot} and {@code receivable}. A status or category outside the topology's is dead-lettered.
 */
final class ForecastRows {

    private static final Set<String> STATUSES = Set.of("OPEN", "WON");
    private static final Set<String> CATEGORIES = Set.of("PIPELINE", "BEST_CASE", "COMMIT", "CLOSED");

    /** Name ({@code analytics.<name>}) → route of each forecast table. */
    static final Map<String, Route> ROUTES = Map.of(
            "forecast_pipeline", AnalyticsTable.of("forecast_pipeline", "ForecastPipeline", "sourceTsMs",
                    field("closeMonth", INT32.of("close_month")), field("ownerId", INT64.of("owner_id")),
                    field("ownerDeptId", INT64.of("owner_dept_id")), field("status", oneOf("status", STATUSES)),
                    field("stageId", INT64.of("stage_id")), field("category", oneOf("category", CATEGORIES)),
                    field("deals", INT64.of("deals")), field("amount", MONEY.of("amount")),
                    field("weightedAmount", EXACT.of("weighted_amount"))).route(),
            "forecast_snapshot", AnalyticsTable.of("forecast_snapshot", "ForecastSnapshot", "takenAtMs",
                    field("snapshotDate", DAY.of("snapshot_date")), field("closeMonth", INT32.of("close_month")),
                    field("ownerId", INT64.of("owner_id")), field("ownerDeptId", INT64.of("owner_dept_id")),
                    field("status", oneOf("status", STATUSES)), field("stageId", INT64.of("stage_id")),
                    field("category", oneOf("category", CATEGORIES)), field("deals", INT64.of("deals")),
                    field("amount", MONEY.of("amount")), field("weightedAmount", EXACT.of("weighted_amount"))).route(),
            "receivable", AnalyticsTable.deletable("receivable", "Receivable", "sourceTsMs",
                    field("planId", INT64.of("plan_id")), field("contractId", INT64.of("contract_id")),
                    field("ownerId", INT64.of("owner_id")), field("ownerDeptId", INT64.of("owner_dept_id")),
                    field("dueDate", DAY.of("due_date")), field("amount", MONEY.of("amount")),
                    field("receipts", INT64.of("receipts")), field("received", MONEY.of("received")),
                    field("outstanding", MONEY.of("outstanding"))).route());

    private ForecastRows() {
    }
}
