package io.pulsecrm.warehouse.query.sales;

import java.util.Set;

/**
 * The forecast category of an open deal: its stage's {@code forecast_category}. The stage mirror does not carry that
 * column, the forecast's cells do (every non-empty OPEN cell of a stage has the stage's current category, since a
 * category change publishes the stage's cells again), so a deal's category is read from them, the latest per stage.
 * One uncorrelated scalar subquery: ClickHouse evaluates it once per statement.
 */
final class ForecastCategories {

    static final Set<String> OPEN = Set.of("PIPELINE", "BEST_CASE", "COMMIT");

    static final String OF_STAGE = """
            (SELECT mapFromArrays(groupArray(stage_id), groupArray(stage_category)) FROM (
                SELECT stage_id, argMax(toString(category), version) AS stage_category FROM forecast_pipeline FINAL
                WHERE status = 'OPEN' AND deals > 0 GROUP BY stage_id))[stage_id]""";

    private ForecastCategories() {
    }
}
