package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static io.pulsecrm.warehouse.sink.MirroredMapping.assertLifecycle;
import static io.pulsecrm.warehouse.sink.MirroredMapping.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

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
        ObjectNode receipt = RecordEvents.row("receipt", 3).put("amount", "10.005");
        ObjectNode contract = RecordEvents.row("contract", 5).put("total_amount", "1.999");

        assertThatThrownBy(() -> map("receipt", "c", null, receipt, LSN))
                .isInstanceOf(UnmappableRecordException.class).hasMessage("after.amount is more than 2 decimal places");
        assertThatThrownBy(() -> map("contract", "c", null, contract, LSN))
                .hasMessage("after.total_amount is more than 2 decimal places");
    }

    @Test
    void aStatusOrPaymentMethodOutsidePostgresqlsChecksIsUnmappable() {
        ObjectNode contract = RecordEvents.row("contract", 5).put("status", "SIGNED");
        ObjectNode receipt = RecordEvents.row("receipt", 3).put("method", "BITCOIN");

        assertThatThrownBy(() -> map("contract", "c", null, contract, LSN)).hasMessageStartingWith("after.status 'SIGNED'");
        assertThatThrownBy(() -> map("receipt", "c", null, receipt, LSN)).hasMessageStartingWith("after.method 'BITCOIN'");
    }

    @Test
    void aDayClickHousesDateCannotHoldIsUnmappableRatherThanStoredAsAnotherDay() {
        ObjectNode before1970 = RecordEvents.row("payment_plan", 8).put("due_date", -1);
        ObjectNode after2149 = RecordEvents.row("receipt", 3).put("received_on", 65_536);

        assertThatThrownBy(() -> map("payment_plan", "c", null, before1970, LSN))
                .hasMessageStartingWith("after.due_date is outside the days 1970-01-01 to 2149-06-06");
        assertThatThrownBy(() -> map("receipt", "c", null, after2149, LSN))
                .hasMessageStartingWith("after.received_on is outside");
    }
}
