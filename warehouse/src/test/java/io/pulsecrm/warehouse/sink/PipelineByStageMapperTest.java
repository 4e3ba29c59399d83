package io.pulsecrm.warehouse.sink;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.pulsecrm.warehouse.sink.ChangeEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineByStageMapperTest {

    private static PipelineByStageRow map(String value) throws UnmappableRecordException {
        return (PipelineByStageRow) PipelineByStageRow.MAPPER.map(record("analytics.pipeline_by_stage", 0, "3", value)).orElseThrow();
    }

    @Test
    void aggregateBecomesRowWithItsDerivedVersion() throws Exception {
        PipelineByStageRow row = map("""
                {"stageId": 3, "openCount": 12, "openAmount": "125000.00", "weightedAmount": "37500.00",
                 "version": 23891672, "sourceTsMs": 1763920000123}
                """);

        assertThat(row).isEqualTo(new PipelineByStageRow(3, 12, new java.math.BigDecimal("125000.00"),
                new java.math.BigDecimal("37500.00"), 23_891_672L, Instant.ofEpochMilli(1_763_920_000_123L)));
    }

    @Test
    void weightedAmountIsRoundedToCents() throws Exception {
        PipelineByStageRow row = map("""
                {"stageId": 3, "openCount": 1, "openAmount": "100.01", "weightedAmount": "33.336700",
                 "version": 5, "sourceTsMs": 1}
                """);

        assertThat(row.weightedAmount()).isEqualByComparingTo("33.34");
    }

    @Test
    void tombstoneIsSkipped() throws Exception {
        assertThat(PipelineByStageRow.MAPPER.map(record("analytics.pipeline_by_stage", 0, "3", null))).isEmpty();
    }

    @Test
    void poisonValueIsUnmappableWithReason() {
        assertThatThrownBy(() -> map("not json at all"))
                .isInstanceOf(UnmappableRecordException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> map("[1, 2]")).hasMessage("PipelineByStage value is not a JSON object");
        assertThatThrownBy(() -> map("""
                {"stageId": "three", "openCount": 1, "openAmount": "1.00", "weightedAmount": "1.00", "version": 5, "sourceTsMs": 1}
                """)).hasMessage("PipelineByStage.stageId is not an integer");
    }
}
