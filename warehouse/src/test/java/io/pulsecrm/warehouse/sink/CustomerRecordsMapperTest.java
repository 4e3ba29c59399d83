package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertLifecycle;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertUnmappable;
import static io.pulsecrm.warehouse.sink.MirroredMapping.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** cdc.customer, cdc.contact and cdc.lead into their tables. */
class CustomerRecordsMapperTest {

    @Test
    void aCustomersLifeFollowsItsChangesAndATransferCarriesTheNewOwner() throws Exception {
        assertLifecycle("customer", "owner_id", "502", 502L);
    }

    @Test
    void aContactsAndALeadsLivesFollowTheirChanges() throws Exception {
        assertLifecycle("contact", "is_primary", "false", false);
        assertLifecycle("lead", "status", "\"QUALIFIED\"", "QUALIFIED");
    }

    @Test
    void aCustomerCarriesItsSegmentationFeaturesAndTimes() throws Exception {
        MirroredRow row = map("customer", "r", null, RecordEvents.row("customer", 7), LSN);

        assertThat(row.value("industry")).isEqualTo("MANUFACTURING");
        assertThat(row.value("region")).isEqualTo("上海");
        assertThat(row.value("level")).isEqualTo("KEY");
        assertThat(row.value("source")).isEqualTo("EXHIBITION");
        assertThat(row.value("campaign_id")).isEqualTo(9L);
        assertThat(row.value("owner_dept_id")).isEqualTo(21L);
        assertThat(row.value("next_contact_at")).isEqualTo(Instant.parse("2025-12-01T02:00:00Z"));
        assertThat(row.change().createdAt()).isEqualTo(Instant.parse("2025-11-20T08:15:30.123Z"));
        assertThat(row.change().entityVersion()).isEqualTo(1);
    }

    @Test
    void aPooledCustomerHasNoOwnerButItsTimeInThePool() throws Exception {
        ObjectNode pooled = RecordEvents.row("customer", 7);
        pooled.putNull("owner_id").putNull("owner_dept_id").put("pool_entered_at", "2025-11-23T00:00:00Z");

        MirroredRow row = map("customer", "u", RecordEvents.row("customer", 7), pooled, LSN);

        assertThat(row.value("owner_id")).isNull();
        assertThat(row.value("owner_dept_id")).isNull();
        assertThat(row.value("pool_entered_at")).isEqualTo(Instant.parse("2025-11-23T00:00:00Z"));
    }

    @Test
    void aLevelSourceOrStatusOutsidePostgresqlsChecksIsUnmappable() {
        assertUnmappable("customer", "level", "\"VIP\"", "after.level 'VIP' is not one of [KEY, NORMAL, SMALL]");
        assertUnmappable("customer", "source", "\"BILLBOARD\"", "after.source 'BILLBOARD' is not one of");
        assertUnmappable("lead", "status", "\"WON\"", "after.status 'WON' is not one of");
    }

    @Test
    void aLeadWithoutOwnerIsUnmappableSinceNoScopeCouldSeeIt() {
        assertUnmappable("lead", "owner_id", "null", "after.owner_id is missing or null");
        assertUnmappable("contact", "customer_id", "null", "after.customer_id is missing or null");
    }
}
