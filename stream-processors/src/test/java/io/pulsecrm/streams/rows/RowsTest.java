package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.DebeziumEvents.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.InvalidChangeEvent;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.segment.Feature;
import io.pulsecrm.streams.change.LsnVersioned;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowsTest {

    private static final Map<String, Function<ChangeEnvelope, ? extends LsnVersioned>> READERS = Map.of(
            "customer", CustomerRow::from, "lead", LeadRow::from, "contract", ContractRow::from,
            "payment_plan", PaymentPlanRow::from, "receipt", ReceiptRow::from, "campaign", CampaignRow::from,
            "campaign_cost", CampaignCostRow::from, "follow_up", FollowUpRow::from,
            "opportunity_stage_move", StageMoveRow::from, "segment", SegmentRow::from);

    private final DebeziumEvents events = new DebeziumEvents();

    @ParameterizedTest
    @ValueSource(strings = {"customer", "lead", "contract", "payment_plan", "receipt", "campaign", "campaign_cost",
        "follow_up", "opportunity_stage_move", "segment"})
    void everyCapturedTableReadsItsInsertAndItsDeleteWithTheChangesLsn(String table) {
        var image = row(table, 7);
        var insert = events.create(table, image);
        var delete = events.delete(table, image);

        LsnVersioned inserted = READERS.get(table).apply(parse(insert));
        LsnVersioned deleted = READERS.get(table).apply(parse(delete));

        assertThat(inserted.id()).isEqualTo(7);
        assertThat(inserted.lsn()).isEqualTo(insert.lsn());
        assertThat(deleted.id()).isEqualTo(7);
        assertThat(deleted.lsn()).isEqualTo(delete.lsn());
    }

    @Test
    void datesTimesMoneyAndNullsAreReadAsDebeziumWritesThem() {
        var image = row("contract", 3, "signed_on", 20_454, "total_amount", "1234.50", "opportunity_id", null,
                "created_at", "2026-01-02T03:04:05.123456Z");

        ContractRow contract = ContractRow.from(parse(events.create("contract", image)));

        assertThat(contract.signedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(contract.totalAmount()).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(contract.opportunityId()).isNull();
        assertThat(contract.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(contract.deleted()).isFalse();
    }

    @Test
    void aRequiredColumnMissingFromTheImageIsAnInvalidEvent() {
        var image = row("receipt", 3);
        image.remove("amount");

        assertThatThrownBy(() -> ReceiptRow.from(parse(events.create("receipt", image))))
                .isInstanceOf(InvalidChangeEvent.class).hasMessage("missing field amount");
    }

    @Test
    void aNullableColumnMissingFromAnEventCapturedBeforeItWasAddedReadsAsNull() {
        var image = row("receipt", 3, "plan_id", 9);
        image.remove("plan_id");

        assertThat(ReceiptRow.from(parse(events.create("receipt", image))).planId()).isNull();
    }

    @Test
    void aDateThatIsNotANumberIsAnInvalidEvent() {
        var image = row("payment_plan", 3, "due_date", "2026-01-01");

        assertThatThrownBy(() -> PaymentPlanRow.from(parse(events.create("payment_plan", image))))
                .isInstanceOf(InvalidChangeEvent.class).hasMessageContaining("due_date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-02T03:04:05Z", "2026-01-02T03:04:05.1Z", "2026-01-02T03:04:05.123456Z",
        "2026-01-02T03:04:05.123456789Z", "2024-02-29T23:59:59.999Z", "1969-12-31T23:59:59.5Z", "2026-01-02T03:04:05+08:00"})
    void timestampsReadAsInstantParseReadsThem(String text) {
        var image = row("follow_up", 3, "occurred_at", text);

        assertThat(FollowUpRow.from(parse(events.create("follow_up", image))).occurredAt()).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-02T03:04:05Z", "2026-02-30T03:04:05Z", "2026-01-02T25:00:00Z", "2026-01-02 03:04:05Z",
        "2026-01-02T03:04:05.1234567890Z", "yesterday"})
    void aTimestampThatIsNoInstantIsAnInvalidEvent(String text) {
        var image = row("follow_up", 3, "occurred_at", text);

        assertThatThrownBy(() -> FollowUpRow.from(parse(events.create("follow_up", image))))
                .isInstanceOf(InvalidChangeEvent.class).hasMessageContaining("occurred_at");
    }

    @Test
    void aSegmentsRuleIsReadInCanonicalFormAndSurvivesTheStores() {
        var image = row("segment", 5, "rule", "{\"op\":\"OR\",\"rules\":[{\"feature\":\"received_total\","
                + "\"operator\":\"GTE\",\"values\":[100000]}]}");

        SegmentRow segment = SegmentRow.from(parse(events.create("segment", image)));
        var serde = RecordSerde.of(SegmentRow.class);
        SegmentRow stored = serde.deserializer().deserialize("t", serde.serializer().serialize("t", segment));

        assertThat(segment.rule()).isEqualTo("{\"op\":\"OR\",\"rules\":[{\"feature\":\"received_total\","
                + "\"operator\":\"GTE\",\"values\":[\"100000.00\"]}]}");
        assertThat(stored).isEqualTo(segment);
        assertThat(stored.parsedRule().features()).containsExactly(Feature.RECEIVED_TOTAL);
    }

    @Test
    void aSegmentWhoseRuleDoesNotParseIsAnInvalidEventNamingTheProblem() {
        var image = row("segment", 5, "rule", "{\"feature\": \"tickets\", \"operator\": \"GT\", \"values\": [1]}");

        assertThatThrownBy(() -> SegmentRow.from(parse(events.create("segment", image))))
                .isInstanceOf(InvalidChangeEvent.class).hasMessageContaining("segment 5 has an invalid rule")
                .hasMessageContaining("rule.feature: is not a feature");
    }

    private static ChangeEnvelope parse(DebeziumEvents.Event event) {
        return ChangeEnvelope.parse(event.value().getBytes(StandardCharsets.UTF_8));
    }
}
