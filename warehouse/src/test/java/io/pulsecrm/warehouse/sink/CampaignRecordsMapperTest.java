package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertLifecycle;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertUnmappable;
import static io.pulsecrm.warehouse.sink.MirroredMapping.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** cdc.campaign and cdc.campaign_cost into their tables: what campaign ROI divides by. */
class CampaignRecordsMapperTest {

    @Test
    void aCampaignsAndItsCostsLivesFollowTheirChanges() throws Exception {
        assertLifecycle("campaign", "budget", "\"75000.00\"", new BigDecimal("75000.00"));
        assertLifecycle("campaign_cost", "amount", "\"99.90\"", new BigDecimal("99.90"));
    }

    @Test
    void aCostIsWrittenOnceAndKeepsItsOwnTimeWithoutAnOptimisticLock() throws Exception {
        MirroredRow cost = map("campaign_cost", "c", null, RecordEvents.row("campaign_cost", 4), LSN);

        assertThat(cost.change()).isNull();
        assertThat(cost.value("created_at")).isEqualTo(Instant.parse("2025-11-20T08:15:30.123Z"));
        assertThat(cost.value("incurred_on")).isEqualTo(LocalDate.of(2025, 11, 13));
        assertThat(cost.value("campaign_id")).isEqualTo(9L);
    }

    @Test
    void aChannelOrStatusOutsidePostgresqlsChecksIsUnmappable() {
        assertUnmappable("campaign", "channel", "\"RADIO\"", "after.channel 'RADIO' is not one of");
        assertUnmappable("campaign", "status", "\"PAUSED\"", "after.status 'PAUSED' is not one of");
    }

    @Test
    void aCostWithoutItsCampaignOrWithFractionsOfACentIsUnmappable() {
        assertUnmappable("campaign_cost", "campaign_id", "null", "after.campaign_id is missing or null");
        assertUnmappable("campaign_cost", "amount", "\"0.001\"", "after.amount is more than 2 decimal places");
        assertUnmappable("campaign", "budget", "\"12.345\"", "after.budget is more than 2 decimal places");
    }
}
