package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forecast topics' values (docs/architecture.md) mapped and bound in the column order of their INSERTs. */
class ForecastMapperTest {

    private static final String PIPELINE = """
            {"closeMonth":202601,"ownerId":7,"ownerDeptId":3,"status":"OPEN","stageId":2,"category":"BEST_CASE",
             "deals":1,"amount":"1000.00","weightedAmount":"123.456789","version":23891672,"sourceTsMs":1763920000123}""";
    private static final String RECEIVABLE = """
            {"planId":5,"contractId":40,"ownerId":7,"ownerDeptId":3,"dueDate":"2026-02-01","amount":"1000.00",
             "receipts":2,"received":"500.50","outstanding":"499.50","deleted":%s,"version":9,"sourceTsMs":1000}""";

    @Test
    void forecastCellIsBoundInTheTablesColumnOrderWithItsExactWeight() throws Exception {
        Route route = ForecastRows.ROUTES.get("forecast_pipeline");

        assertThat(route.insertSql()).isEqualTo("INSERT INTO forecast_pipeline (close_month, owner_id, owner_dept_id, "
                + "status, stage_id, category, deals, amount, weighted_amount, version, commit_ts) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        assertThat(bound(route, PIPELINE)).containsExactly(202601, 7L, 3L, "OPEN", 2L, "BEST_CASE", 1L,
                new BigDecimal("1000.00"), new BigDecimal("123.456789"), 23_891_672L, Instant.ofEpochMilli(1_763_920_000_123L));
    }

    @Test
    void receivableCarriesItsDeletionAndItsDueDay() throws Exception {
        Route route = ForecastRows.ROUTES.get("receivable");

        assertThat(bound(route, RECEIVABLE.formatted("false"))).containsExactly(5L, 40L, 7L, 3L, LocalDate.of(2026, 2, 1),
                new BigDecimal("1000.00"), 2L, new BigDecimal("500.50"), new BigDecimal("499.50"), 9L, (byte) 0,
                Instant.ofEpochMilli(1000));
        assertThat(bound(route, RECEIVABLE.formatted("true"))).element(10).isEqualTo((byte) 1);
    }

    @Test
    void snapshotIsKeyedByItsDayAndTimedByWhenItWasTaken() throws Exception {
        String snapshot = """
                {"snapshotDate":"2026-01-15","closeMonth":202601,"ownerId":7,"ownerDeptId":3,"status":"WON","stageId":1,
                 "category":"CLOSED","deals":1,"amount":"300.00","weightedAmount":"300.000000","version":4,"takenAtMs":5000}""";

        assertThat(bound(ForecastRows.ROUTES.get("forecast_snapshot"), snapshot)).startsWith(LocalDate.of(2026, 1, 15))
                .endsWith(4L, Instant.ofEpochMilli(5000));
    }

    @Test
    void tombstoneCarriesNoRow() throws Exception {
        assertThat(ForecastRows.ROUTES.get("forecast_pipeline").mapper()
                .map(record("analytics.forecast_pipeline", 0, "k", null))).isEmpty();
    }

    @Test
    void valuesOutsideTheContractAreUnmappableWithTheirReason() {
        Route route = ForecastRows.ROUTES.get("forecast_pipeline");
        assertThatThrownBy(() -> bound(route, PIPELINE.replace("BEST_CASE", "MAYBE")))
                .hasMessageContaining("ForecastPipeline.category 'MAYBE' is not one of");
        assertThatThrownBy(() -> bound(route, PIPELINE.replace("123.456789", "1.0000001")))
                .hasMessage("ForecastPipeline.weightedAmount is more than 6 decimal places");
        assertThatThrownBy(() -> bound(route, PIPELINE.replace("23891672", "-1")))
                .hasMessage("ForecastPipeline.version is negative");
        assertThatThrownBy(() -> bound(ForecastRows.ROUTES.get("receivable"),
                RECEIVABLE.formatted("false").replace("2026-02-01", "2026-02-30")))
                .hasMessage("Receivable.dueDate is not an ISO-8601 date");
    }

    /** The values the row binds, in parameter order. */
    private static List<Object> bound(Route route, String value) throws Exception {
        SinkRow row = route.mapper().map(record("analytics.x", 0, "k", value)).orElseThrow();
        List<Object> values = new ArrayList<>();
        PreparedStatement insert = (PreparedStatement) Proxy.newProxyInstance(ForecastMapperTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args.length == 2) {
                        values.add(args[1]);
                    }
                    return null;
                });
        row.bind(insert);
        return values;
    }
}
