package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertLifecycle;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertUnmappable;
import static io.pulsecrm.warehouse.sink.MirroredMapping.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** cdc.follow_up, cdc.pool_event and cdc.sales_target into their tables: engagement, pool moves, targets. */
class ActivityRecordsMapperTest {

    @Test
    void followUpsPoolMovesAndTargetsFollowTheirChanges() throws Exception {
        assertLifecycle("follow_up", "method", "null", null);
        assertLifecycle("pool_event", "to_owner_id", "503", 503L);
        assertLifecycle("sales_target", "receipt_amount", "\"900000.00\"", new BigDecimal("900000.00"));
    }

    @Test
    void aRecycledCustomersMoveKeepsWhoHadItAndGoesToNobody() throws Exception {
        MirroredRow move = map("pool_event", "c", null, RecordEvents.row("pool_event", 6), LSN);

        assertThat(move.value("kind")).isEqualTo("RECYCLE");
        assertThat(move.value("from_owner_id")).isEqualTo(501L);
        assertThat(move.value("from_owner_dept_id")).isEqualTo(21L);
        assertThat(move.value("to_owner_id")).isNull();
        assertThat(move.value("actor_id")).as("the recycler, not a person").isNull();
        assertThat(move.change()).isNull();
    }

    @Test
    void aDepartmentsTargetHasNoUser() throws Exception {
        MirroredRow target = map("sales_target", "c", null, RecordEvents.row("sales_target", 2), LSN);

        assertThat(target.value("user_id")).isNull();
        assertThat(target.value("department_id")).isEqualTo(21L);
        assertThat(target.value("month")).isEqualTo(1);
    }

    @Test
    void aKindSubjectOrMethodOutsidePostgresqlsChecksIsUnmappable() {
        assertUnmappable("follow_up", "kind", "\"GOSSIP\"", "after.kind 'GOSSIP' is not one of");
        assertUnmappable("follow_up", "subject_type", "\"TICKET\"", "after.subject_type 'TICKET' is not one of");
        assertUnmappable("follow_up", "method", "\"FAX\"", "after.method 'FAX' is not one of");
        assertUnmappable("pool_event", "kind", "\"STEAL\"", "after.kind 'STEAL' is not one of");
    }

    @Test
    void aTimeClickHouseCannotHoldIsUnmappable() {
        assertUnmappable("follow_up", "occurred_at", "\"1899-12-31T23:59:59Z\"",
                "after.occurred_at is outside the years 1900 to 2299 that DateTime64 holds");
        assertUnmappable("pool_event", "occurred_at", "\"2300-01-01T00:00:00Z\"", "after.occurred_at is outside");
    }
}
