package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FunnelTransitionMapperTest {

    private static final String MOVE = """
            {"id":"OPPORTUNITY:7:MOVE:311","entityType":"OPPORTUNITY","entityId":7,"fromStep":"STAGE","fromStageId":3,
             "toStep":"STAGE","toStageId":2,"at":"2025-11-21T10:30:00.123Z","ownerId":11,"ownerDeptId":3,"source":null,
             "campaignId":9,"leadId":null,"customerId":40,"backward":true,"msInFromStep":3600000,"deleted":false,
             "version":23891672,"sourceTsMs":1763920000123}
            """;

    private static FunnelTransitionRow map(String value) throws UnmappableRecordException {
        return (FunnelTransitionRow) FunnelTransitionRow.ROUTE.mapper()
                .map(record("analytics.funnel_transition", 0, "OPPORTUNITY:7:MOVE:311", value)).orElseThrow();
    }

    @Test
    void transitionBecomesRowWithItsVersion() throws Exception {
        assertThat(map(MOVE)).isEqualTo(new FunnelTransitionRow("OPPORTUNITY:7:MOVE:311", "OPPORTUNITY", 7, "STAGE", 3,
                "STAGE", 2, Instant.parse("2025-11-21T10:30:00.123Z"), 11, 3, null, 9L, null, 40L, true, 3_600_000L,
                23_891_672L, false, Instant.ofEpochMilli(1_763_920_000_123L)));
    }

    @Test
    void aStepThatIsNotAStageHasStageZeroAndARetractionIsDeleted() throws Exception {
        FunnelTransitionRow row = map(MOVE.replace("\"toStep\":\"STAGE\",\"toStageId\":2", "\"toStep\":\"WON\",\"toStageId\":null")
                .replace("\"deleted\":false", "\"deleted\":true"));

        assertThat(row.toStageId()).isZero();
        assertThat(row.deleted()).isTrue();
    }

    @Test
    void unknownStepOrMissingFieldIsUnmappableWithReason() {
        assertThatThrownBy(() -> map(MOVE.replace("\"toStep\":\"STAGE\"", "\"toStep\":\"SIGNED\"")))
                .isInstanceOf(UnmappableRecordException.class).hasMessageContaining("FunnelTransition.toStep 'SIGNED'");
        assertThatThrownBy(() -> map(MOVE.replace("\"ownerId\":11,", "")))
                .hasMessage("FunnelTransition.ownerId is missing or null");
        assertThatThrownBy(() -> map("[1]")).hasMessage("FunnelTransition value is not a JSON object");
    }

    @Test
    void tombstoneIsSkipped() throws Exception {
        assertThat(FunnelTransitionRow.ROUTE.mapper().map(record("analytics.funnel_transition", 0, "x", null))).isEmpty();
    }
}
