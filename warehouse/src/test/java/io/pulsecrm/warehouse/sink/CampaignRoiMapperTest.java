package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CampaignRoiMapperTest {

    private static final String DOCUMENTED = """
            {"model":"last_touch","campaignId":2,"cost":"300.00","leads":4,"opportunities":1,
             "opportunityAmount":"5000.00","won":1,"wonAmount":"5000.00","contracts":1,"contractAmount":"4800.00",
             "receipts":1,"received":"1200.50","version":23894072,"sourceTsMs":1763920000045}
            """;

    private static CampaignRoiRow map(String value) throws UnmappableRecordException {
        return (CampaignRoiRow) CampaignRoiRow.MAPPER.map(record(CampaignRoiRow.TOPIC, 0, "last_touch:2", value))
                .orElseThrow();
    }

    @Test
    void documentedValueBecomesRowWithItsVersion() throws Exception {
        assertThat(map(DOCUMENTED)).isEqualTo(new CampaignRoiRow("last_touch", 2, new BigDecimal("300.00"), 4, 1,
                new BigDecimal("5000.00"), 1, new BigDecimal("5000.00"), 1, new BigDecimal("4800.00"), 1,
                new BigDecimal("1200.50"), 23_894_072L, Instant.ofEpochMilli(1_763_920_000_045L)));
    }

    @Test
    void sinkReadsTheTopicIntoTheTable() {
        assertThat(SinkTopics.DEFAULT.consumed()).contains("analytics.campaign_roi");
        assertThat(Routes.forTopics(SinkTopics.DEFAULT).get("analytics.campaign_roi").table()).isEqualTo("campaign_roi");
    }

    @Test
    void tombstoneIsSkipped() throws Exception {
        assertThat(CampaignRoiRow.MAPPER.map(record(CampaignRoiRow.TOPIC, 0, "last_touch:2", null))).isEmpty();
    }

    @Test
    void unknownModelOrAmountWithFractionsOfACentIsUnmappable() {
        assertThatThrownBy(() -> map(DOCUMENTED.replace("last_touch", "linear")))
                .isInstanceOf(UnmappableRecordException.class).hasMessageContaining("model");
        assertThatThrownBy(() -> map(DOCUMENTED.replace("\"1200.50\"", "\"1200.505\"")))
                .isInstanceOf(UnmappableRecordException.class).hasMessageContaining("received");
        assertThatThrownBy(() -> map("[1]")).hasMessage("CampaignRoi value is not a JSON object");
    }
}
