package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertLifecycle;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertUnmappable;
import static io.pulsecrm.warehouse.sink.MirroredMapping.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** cdc.contract, cdc.payment_plan and cdc.receipt into their tables: the money. */
class ContractRecordsMapperTest {

    @Test
    void aContractsPlansAndReceiptsLivesFollowTheirChanges() throws Exception {
        assertLifecycle("contract", "status", "\"CANCELLED\"", "CANCELLED");
        assertLifecycle("payment_plan", "received_amount", "\"60000.00\"", new BigDecimal("60000.00"));
        assertLifecycle("receipt", "amount", "\"0.01\"", new BigDecimal("0.01"));
    }

    @Test
    void amountsKeepTheirCentsAndDatesTheirDays() throws Exception {
        MirroredRow contract = map("contract", "c", null, RecordEvents.row("contract", 5), LSN);
        MirroredRow plan = map("payment_plan", "c", null, RecordEvents.row("payment_plan", 8), LSN);

        assertThat(contract.value("total_amount")).isEqualTo(new BigDecimal("120000.00"));
        assertThat(contract.value("received_amount")).isEqualTo(new BigDecimal("30000.50"));
        assertThat(contract.value("signed_on")).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(contract.value("end_date")).isNull();
        assertThat(contract.value("current_step")).isNull();
        assertThat(plan.value("due_date")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(plan.value("seq")).isEqualTo(1);
    }

    @Test
    void moneyWithMoreThanTwoDecimalsIsUnmappableRatherThanRounded() {
        assertUnmappable("receipt", "amount", "\"10.005\"", "after.amount is more than 2 decimal places");
        assertUnmappable("contract", "total_amount", "\"1.999\"", "after.total_amount is more than 2 decimal places");
        assertUnmappable("payment_plan", "received_amount", "\"0.001\"", "after.received_amount is more than 2");
    }

    @Test
    void aStatusOrPaymentMethodOutsidePostgresqlsChecksIsUnmappable() {
        assertUnmappable("contract", "status", "\"SIGNED\"", "after.status 'SIGNED' is not one of");
        assertUnmappable("receipt", "method", "\"BITCOIN\"", "after.method 'BITCOIN' is not one of");
        assertUnmappable("payment_plan", "method", "\"IOU\"", "after.method 'IOU' is not one of");
    }

    @Test
    void aDayClickHousesDateCannotHoldIsUnmappableRatherThanStoredAsAnotherDay() {
        assertUnmappable("payment_plan", "due_date", "-1", "after.due_date is outside the days 1970-01-01 to 2149-06-06");
        assertUnmappable("receipt", "received_on", "65536", "after.received_on is outside the days");
    }
}
