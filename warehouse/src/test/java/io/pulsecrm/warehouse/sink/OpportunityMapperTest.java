package io.pulsecrm.warehouse.sink;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static io.pulsecrm.warehouse.sink.ChangeEvents.COMMIT_TS_MS;
import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static io.pulsecrm.warehouse.sink.ChangeEvents.envelope;
import static io.pulsecrm.warehouse.sink.ChangeEvents.opportunity;
import static io.pulsecrm.warehouse.sink.ChangeEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpportunityMapperTest {

    private static final String TOPIC = "cdc.opportunity";

    private static OpportunityRow map(String value) throws UnmappableRecordException {
        Optional<SinkRow> row = OpportunityRow.MAPPER.map(record(TOPIC, 5, "42", value));
        return (OpportunityRow) row.orElseThrow();
    }

    @Test
    void insertBecomesRowFromAfterImageVersionedByLsn() throws Exception {
        OpportunityRow row = map(envelope("c", null, opportunity(42, "125000.50", 3, "OPEN", null, 1), "opportunity", LSN));

        assertThat(row.id()).isEqualTo(42);
        assertThat(row.name()).isEqualTo("Deal 42");
        assertThat(row.amount()).isEqualByComparingTo("125000.50");
        assertThat(row.amount().scale()).isEqualTo(2);
        assertThat(row.stageId()).isEqualTo(3);
        assertThat(row.status()).isEqualTo("OPEN");
        assertThat(row.lostReason()).isNull();
        assertThat(row.expectedCloseDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(row.change().createdAt()).isEqualTo(Instant.parse("2025-11-20T08:15:30.123Z"));
        assertThat(row.change().updatedAt()).isEqualTo(Instant.parse("2025-11-23T17:46:40.123Z"));
        assertThat(row.closedAt()).isNull();
        assertThat(row.change().entityVersion()).isEqualTo(1);
        assertThat(row.change().version()).isEqualTo(LSN);
        assertThat(row.change().isDeleted()).isZero();
        assertThat(row.change().commitTs()).isEqualTo(Instant.ofEpochMilli(COMMIT_TS_MS));
    }

    @Test
    void ownerAndOwnersDepartmentAtTheTimeOfTheChangeTravelWithTheFact() throws Exception {
        String before = opportunity(42, "100.00", 3, "OPEN", null, 1, 501, 21);
        String transferred = opportunity(42, "100.00", 3, "OPEN", null, 2, 502, 22);

        OpportunityRow row = map(envelope("u", before, transferred, "opportunity", LSN));

        assertThat(row.ownerId()).isEqualTo(502);
        assertThat(row.ownerDeptId()).isEqualTo(22);
        assertThat(row.customerId()).isEqualTo(77L);
        assertThat(row.campaignId()).isNull();
    }

    @Test
    void factWithoutOwnerIsUnmappableBecauseNoScopeCouldSeeIt() {
        String value = envelope("c", null, opportunity(1, "1.00", 1, "OPEN", null, 1), "opportunity", LSN)
                .replace("\"owner_id\": 501", "\"owner_id\": null");
        assertThatThrownBy(() -> map(value)).hasMessage("after.owner_id is missing or null");
    }

    @Test
    void updateTakesAfterImageNotBeforeImage() throws Exception {
        String before = opportunity(42, "100.00", 3, "OPEN", null, 1);
        String after = opportunity(42, "100.00", 4, "LOST", "2025-11-23T17:46:40Z", 2);

        OpportunityRow row = map(envelope("u", before, after, "opportunity", LSN + 100));

        assertThat(row.stageId()).isEqualTo(4);
        assertThat(row.status()).isEqualTo("LOST");
        assertThat(row.lostReason()).isEqualTo("budget cut");
        assertThat(row.closedAt()).isEqualTo(Instant.parse("2025-11-23T17:46:40Z"));
        assertThat(row.change().entityVersion()).isEqualTo(2);
        assertThat(row.change().version()).isEqualTo(LSN + 100);
        assertThat(row.change().isDeleted()).isZero();
    }

    @Test
    void deleteBecomesDeletedRowFromBeforeImage() throws Exception {
        OpportunityRow row = map(envelope("d", opportunity(42, "100.00", 3, "OPEN", null, 2), null, "opportunity", LSN + 200));

        assertThat(row.id()).isEqualTo(42);
        assertThat(row.stageId()).isEqualTo(3);
        assertThat(row.change().isDeleted()).isEqualTo((byte) 1);
        assertThat(row.change().version()).isEqualTo(LSN + 200);
    }

    @Test
    void tombstoneAfterDeleteIsSkipped() throws Exception {
        assertThat(OpportunityRow.MAPPER.map(record(TOPIC, 6, "42", null))).isEmpty();
        assertThat(OpportunityRow.MAPPER.map(record(TOPIC, 6, "42", "null"))).isEmpty();
    }

    @Test
    void snapshotReadBecomesRow() throws Exception {
        OpportunityRow row = map(envelope("r", null, opportunity(7, "0.00", 1, "WON", "2025-10-01T00:00:00Z", 5), "opportunity", LSN));

        assertThat(row.id()).isEqualTo(7);
        assertThat(row.status()).isEqualTo("WON");
        assertThat(row.amount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(row.change().isDeleted()).isZero();
    }

    @Test
    void deleteWithoutBeforeImageIsUnmappableAndSaysWhy() {
        assertThatThrownBy(() -> map(envelope("d", null, null, "opportunity", LSN)))
                .isInstanceOf(UnmappableRecordException.class)
                .hasMessageContaining("'before' image")
                .hasMessageContaining("REPLICA IDENTITY FULL");
    }

    @Test
    void invalidJsonIsUnmappable() {
        assertThatThrownBy(() -> map("{\"op\": \"c\", \"after\": {"))
                .isInstanceOf(UnmappableRecordException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void missingLsnIsUnmappable() {
        String value = envelope("c", null, opportunity(1, "1.00", 1, "OPEN", null, 1), "opportunity", LSN)
                .replace("\"lsn\": " + LSN, "\"lsn\": null");
        assertThatThrownBy(() -> map(value)).hasMessage("source.lsn is missing or null");
    }

    @Test
    void amountWithMoreThanTwoDecimalsIsUnmappableRatherThanTruncated() {
        assertThatThrownBy(() -> map(envelope("c", null, opportunity(1, "10.005", 1, "OPEN", null, 1), "opportunity", LSN)))
                .hasMessage("after.amount is more than 2 decimal places");
    }

    @Test
    void unknownStatusIsUnmappable() {
        assertThatThrownBy(() -> map(envelope("c", null, opportunity(1, "1.00", 1, "MAYBE", null, 1), "opportunity", LSN)))
                .hasMessageContaining("after.status 'MAYBE'");
    }

    @Test
    void unsupportedOpIsUnmappable() {
        assertThatThrownBy(() -> map(envelope("t", null, null, "opportunity", LSN)))
                .hasMessage("unsupported op 't'");
    }

    @Test
    void timestampThatIsNotIsoIsUnmappable() {
        String value = envelope("c", null, opportunity(1, "1.00", 1, "OPEN", null, 1), "opportunity", LSN)
                .replace("\"2025-11-20T08:15:30.123456Z\"", "1763625330123456");
        assertThatThrownBy(() -> map(value)).hasMessage("after.created_at is not a string");
    }
}
