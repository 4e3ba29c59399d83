package io.pulsecrm.streams.segment;

import static io.pulsecrm.streams.DebeziumEvents.row;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerFeaturesTopologyTest {

    /** DebeziumEvents commits from 2025-11-23T17:46:40Z on: 2025-11-24 in Shanghai. */
    static final LocalDate COMMIT_DAY = LocalDate.of(2025, 11, 24);
    static final Instant WALL_CLOCK = Instant.parse("2025-11-23T18:00:00Z");

    @TempDir
    Path stateDir;

    private final DebeziumEvents events = new DebeziumEvents();
    private SegmentDriver driver;

    @BeforeEach
    void start() {
        driver = new SegmentDriver(stateDir, WALL_CLOCK);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void customerWithItsRecordsHasEveryFeatureOfTheContract() {
        driver.pipe("customer", events.create("customer", row("customer", 1, "industry", "IT", "region", "East",
                "level", "KEY", "source", "WEBSITE", "campaign_id", 9L, "owner_id", 5L, "owner_dept_id", 50L)));
        driver.pipe("contract", events.create("contract", row("contract", 11, "customer_id", 1L, "status", "APPROVED")));
        driver.pipe("contract", events.create("contract", row("contract", 12, "customer_id", 1L, "status", "APPROVED")));
        driver.pipe("contract", events.create("contract", row("contract", 13, "customer_id", 1L, "status", "DRAFT")));
        driver.pipe("receipt", events.create("receipt", row("receipt", 21, "customer_id", 1L, "amount", "100.50",
                "received_on", day("2025-10-01"))));
        driver.pipe("receipt", events.create("receipt", row("receipt", 22, "customer_id", 1L, "amount", "200.25",
                "received_on", day("2025-11-02"))));
        // Shanghai days: 11-24 (today), 10-26 (29 days before: the 30th day), 10-25 (the 31st), 08-27 (the 90th)
        for (var at : List.of("2025-11-23T17:00:00Z", "2025-10-25T16:00:00Z", "2025-10-25T15:59:59Z",
                "2025-08-26T16:00:00Z", "2025-08-26T15:59:00Z")) {
            driver.pipe("follow_up", events.create("follow_up", row("follow_up", at.hashCode() & 0xffff,
                    "customer_id", 1L, "occurred_at", at)));
        }
        driver.pipe("follow_up", events.create("follow_up", row("follow_up", 40, "customer_id", null,
                "subject_type", "LEAD", "occurred_at", "2025-11-23T17:00:00Z")));
        driver.pipe("opportunity", events.create("opportunity", with(DebeziumEvents.opportunity(31, 1, "10.00", "OPEN"),
                "customer_id", 1L)));
        driver.pipe("opportunity", events.create("opportunity", with(with(DebeziumEvents.opportunity(32, 1, "10.00",
                "LOST"), "customer_id", 1L), "campaign_id", 7L)));
        driver.pipe("lead", events.create("lead", row("lead", 41, "campaign_id", 8L, "status", "CONVERTED",
                "converted_customer_id", 1L, "converted_at", "2025-11-20T00:00:00Z")));
        driver.pipe("lead", events.create("lead", row("lead", 42, "campaign_id", 6L, "status", "NEW")));

        assertThat(driver.features(1)).usingRecursiveComparison().ignoringFields("version", "sourceTsMs")
                .isEqualTo(new CustomerFeaturesValue(1, 5L, 50L, "IT", "East", "KEY", "WEBSITE", "IN_PIPELINE",
                        "2025-11-02", 2, "300.75", 2, 4, List.of(7L, 8L, 9L), 3, COMMIT_DAY.toString(), false, 0, 0));
    }

    @Test
    void outputValueIsTheDocumentedJson() {
        Event insert = events.create("customer", row("customer", 3, "industry", null, "region", null, "source", null));
        driver.pipe("customer", insert);

        byte[] json = CustomerFeaturesValue.serde().serializer().serialize("t", driver.features(3));

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"customerId\":3,\"ownerId\":1,"
                + "\"ownerDeptId\":1,\"industry\":null,\"region\":null,\"level\":\"NORMAL\",\"source\":null,"
                + "\"lifecycleStage\":\"PROSPECT\",\"lastReceiptOn\":null,\"contractCount\":0,\"receivedTotal\":\"0.00\","
                + "\"followUps30d\":0,\"followUps90d\":0,\"campaigns\":[],\"campaignCount\":0,"
                + "\"evaluatedOn\":\"2025-11-24\",\"deleted\":false,\"version\":" + insert.lsn()
                + ",\"sourceTsMs\":" + insert.tsMs() + "}");
    }

    @Test
    void receiptMovedToAnotherCustomerLeavesTheFirst() {
        driver.pipe("customer", events.create("customer", row("customer", 1)));
        driver.pipe("customer", events.create("customer", row("customer", 2)));
        var receipt = row("receipt", 21, "customer_id", 1L, "amount", "80.00", "received_on", day("2025-11-01"));
        driver.pipe("receipt", events.create("receipt", receipt));
        driver.pipe("receipt", events.create("receipt", row("receipt", 22, "customer_id", 1L, "amount", "5.00",
                "received_on", day("2025-10-01"))));

        driver.pipe("receipt", events.update("receipt", receipt, with(receipt, "customer_id", 2L)));

        assertThat(driver.features(1).receivedTotal()).isEqualTo("5.00");
        assertThat(driver.features(1).lastReceiptOn()).isEqualTo("2025-10-01");
        assertThat(driver.features(2).receivedTotal()).isEqualTo("80.00");
        assertThat(driver.features(2).lastReceiptOn()).isEqualTo("2025-11-01");
    }

    @Test
    void deletedReceiptAndContractLeaveNothingBehind() {
        driver.pipe("customer", events.create("customer", row("customer", 1)));
        var receipt = row("receipt", 21, "customer_id", 1L, "amount", "80.00");
        var contract = row("contract", 11, "customer_id", 1L, "status", "APPROVED");
        driver.pipe("receipt", events.create("receipt", receipt));
        driver.pipe("contract", events.create("contract", contract));

        driver.pipe("receipt", events.delete("receipt", receipt));
        driver.pipeRaw("receipt", "21", null);
        driver.pipe("contract", events.update("contract", contract, with(contract, "status", "CANCELLED")));

        assertThat(driver.features(1)).satisfies(f -> {
            assertThat(f.receivedTotal()).isEqualTo("0.00");
            assertThat(f.lastReceiptOn()).isNull();
            assertThat(f.contractCount()).isZero();
        });
    }

    @Test
    void lifecycleStageFollowsOwnerDealsAndDealStatus() {
        var customer = row("customer", 1, "owner_id", null, "owner_dept_id", null, "pool_entered_at",
                "2025-11-20T00:00:00Z");
        driver.pipe("customer", events.create("customer", customer));
        assertThat(driver.features(1).lifecycleStage()).isEqualTo("POOLED");

        var claimed = with(with(customer, "owner_id", 5L), "owner_dept_id", 50L);
        driver.pipe("customer", events.update("customer", customer, claimed));
        assertThat(driver.features(1).lifecycleStage()).isEqualTo("PROSPECT");

        var deal = with(DebeziumEvents.opportunity(31, 1, "10.00", "OPEN"), "customer_id", 1L);
        driver.pipe("opportunity", events.create("opportunity", deal));
        assertThat(driver.features(1).lifecycleStage()).isEqualTo("IN_PIPELINE");

        driver.pipe("opportunity", events.update("opportunity", deal, with(deal, "status", "WON")));
        assertThat(driver.features(1).lifecycleStage()).isEqualTo("CUSTOMER");
        assertThat(driver.features(1).ownerId()).isEqualTo(5L);
    }

    @Test
    void duplicatesAndStaleReplaysPublishNothingNew() {
        Event created = events.create("customer", row("customer", 1));
        var receipt = row("receipt", 21, "customer_id", 1L, "amount", "80.00");
        Event paid = events.create("receipt", receipt);
        Event moved = events.update("receipt", receipt, with(receipt, "amount", "90.00"));
        driver.pipe("customer", created);
        driver.pipe("receipt", paid);
        driver.pipe("receipt", moved);
        CustomerFeaturesValue before = driver.features(1);

        driver.pipe("receipt", paid);
        driver.pipe("receipt", moved);
        driver.pipe("customer", created);

        assertThat(driver.newFeatures()).isEmpty();
        assertThat(before.receivedTotal()).isEqualTo("90.00");
    }

    @Test
    void poisonEventIsDeadLetteredAndTheNextChangeStillCounts() {
        driver.pipe("customer", events.create("customer", row("customer", 1)));
        driver.pipeRaw("receipt", "21", "{not json");
        driver.pipe("receipt", events.create("receipt", row("receipt", 22, "customer_id", 1L, "amount", "7.00")));

        assertThat(driver.deadLettered()).isEqualTo(1);
        assertThat(driver.features(1).receivedTotal()).isEqualTo("7.00");
    }

    @Test
    void newDayRecountsFollowUpsAndRepublishesOnlyCustomersWhoseCountsChanged() {
        driver.pipe("customer", events.create("customer", row("customer", 1)));
        driver.pipe("customer", events.create("customer", row("customer", 2)));
        // 2025-10-26 in Shanghai: the last day of the 30-day window on 2025-11-24
        driver.pipe("follow_up", events.create("follow_up", row("follow_up", 51, "customer_id", 1L,
                "occurred_at", "2025-10-25T16:00:00Z")));
        assertThat(driver.features(1).followUps30d()).isEqualTo(1);
        driver.newFeatures();

        driver.advanceWallClock(Duration.ofMinutes(1)); // the first check only records the day
        assertThat(driver.newFeatures()).isEmpty();
        driver.advanceWallClock(Duration.ofDays(1));

        assertThat(driver.newFeatures()).singleElement().satisfies(f -> {
            assertThat(f.customerId()).isEqualTo(1);
            assertThat(f.followUps30d()).isZero();
            assertThat(f.followUps90d()).isEqualTo(1);
            assertThat(f.evaluatedOn()).isEqualTo("2025-11-25");
            assertThat(f.sourceTsMs()).isEqualTo(Instant.parse("2025-11-24T16:00:00Z").toEpochMilli());
        });
    }

    @Test
    void changeCommittedBeforeTheLastReevaluatedDayIsEvaluatedOnThatDay() {
        driver.advanceWallClock(Duration.ofDays(2)); // the task has reached 2025-11-26

        driver.pipe("customer", events.create("customer", row("customer", 1)));

        assertThat(driver.features(1).evaluatedOn()).isEqualTo("2025-11-26");
    }

    @Test
    void deletedCustomerIsPublishedOnceMoreAsDeleted() {
        var customer = row("customer", 1);
        driver.pipe("customer", events.create("customer", customer));
        Event delete = events.delete("customer", customer);

        driver.pipe("customer", delete);
        driver.pipeRaw("customer", "1", null);

        assertThat(driver.newFeatures()).last().satisfies(f -> {
            assertThat(f.deleted()).isTrue();
            assertThat(f.version()).isEqualTo(delete.lsn());
        });
        driver.advanceWallClock(Duration.ofDays(1));
        assertThat(driver.newFeatures()).isEmpty();
    }
}
