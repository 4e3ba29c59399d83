package io.pulsecrm.warehouse.sink;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static io.pulsecrm.warehouse.sink.ChangeEvents.envelope;
import static io.pulsecrm.warehouse.sink.ChangeEvents.record;
import static io.pulsecrm.warehouse.sink.ChangeEvents.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpportunityStageMapperTest {

    private static OpportunityStageRow map(String value) throws UnmappableRecordException {
        return (OpportunityStageRow) OpportunityStageRow.MAPPER.map(record("cdc.opportunity_stage", 0, "3", value)).orElseThrow();
    }

    @Test
    void snapshotReadBecomesRowWithTimesInUtc() throws Exception {
        OpportunityStageRow row = map(envelope("r", null, stage(3, "Proposal", 30, "40.00", 1), "opportunity_stage", LSN));

        assertThat(row.id()).isEqualTo(3);
        assertThat(row.name()).isEqualTo("Proposal");
        assertThat(row.position()).isEqualTo(30);
        assertThat(row.winRate()).isEqualByComparingTo("40.00");
        assertThat(row.change().updatedAt()).isEqualTo(Instant.parse("2025-11-02T01:30:00.500Z"));
        assertThat(row.change().version()).isEqualTo(LSN);
        assertThat(row.change().isDeleted()).isZero();
    }

    @Test
    void deleteUsesBeforeImage() throws Exception {
        OpportunityStageRow row = map(envelope("d", stage(3, "Proposal", 30, "40", 2), null, "opportunity_stage", LSN + 1));

        assertThat(row.change().isDeleted()).isEqualTo((byte) 1);
        assertThat(row.winRate()).isEqualByComparingTo("40.00");
        assertThat(row.change().entityVersion()).isEqualTo(2);
    }

    @Test
    void winRateBeyondDecimalFiveTwoIsUnmappable() {
        assertThatThrownBy(() -> map(envelope("c", null, stage(3, "Proposal", 30, "1000.00", 1), "opportunity_stage", LSN)))
                .hasMessage("after.win_rate is too large for Decimal(5, 2)");
    }

    @Test
    void missingNameIsUnmappable() {
        String after = stage(3, "Proposal", 30, "40.00", 1).replace("\"name\": \"Proposal\",", "");
        assertThatThrownBy(() -> map(envelope("u", null, after, "opportunity_stage", LSN)))
                .hasMessage("after.name is missing or null");
    }
}
