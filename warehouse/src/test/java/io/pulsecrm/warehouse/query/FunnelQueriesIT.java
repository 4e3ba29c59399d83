package io.pulsecrm.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.query.FunnelQueries.BackwardMoves;
import io.pulsecrm.warehouse.query.FunnelQueries.Conversion;
import io.pulsecrm.warehouse.query.FunnelQueries.StepEntries;
import io.pulsecrm.warehouse.query.FunnelQueries.StepTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import io.pulsecrm.warehouse.query.sales.FactRecord;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The funnel reads on the real ClickHouse endpoint, over facts written as the sink writes them, in a database of its own. */
class FunnelQueriesIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long HOUR = 3_600_000, DAY = 24 * HOUR;
    private static final long EAST = 3, WEST = 4, ALICE = 11, BOB = 12;
    private static final long PROPOSE = 701, NEGOTIATE = 702;
    private static final LocalDate NOV_1 = LocalDate.of(2025, 11, 1), NOV_30 = LocalDate.of(2025, 11, 30);
    private static final FunnelFilter NOVEMBER = FunnelFilter.everything(NOV_1, NOV_30, SHANGHAI);

    private static final AtomicLong VERSION = new AtomicLong(1_000);
    private static DataSource dataSource;
    private static FunnelQueries funnel;

    @BeforeAll
    static void facts() throws SQLException {
        var config = WarehouseStack.clickHouse().withDatabase("crm_funnel_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        dataSource = ClickHouseDataSources.create(config);
        funnel = new FunnelQueries(dataSource);
        execute("INSERT INTO opportunity_stage (id, name, position, win_rate, created_at, updated_at, entity_version, "
                + "version, is_deleted, commit_ts) VALUES (701, 'Propose', 1, 30, now64(3), now64(3), 0, 1, 0, now64(3)), "
                + "(702, 'Negotiate', 2, 60, now64(3), now64(3), 0, 1, 0, now64(3))");
        execute("INSERT INTO opportunity (id, name, amount, stage_id, status, created_at, updated_at, entity_version, "
                + "version, is_deleted, commit_ts) VALUES (201, 'Deal 201', 10, 701, 'WON', now64(3), now64(3), 0, 1, 0, "
                + "now64(3)), (202, 'Deal 202', 10, 701, 'LOST', now64(3), now64(3), 0, 1, 0, now64(3))");
        customer(101, "EVENT");
        customer(102, "REFERRAL");
        // lead 1: qualified after a day, converted into customer 101 two days later
        fact("LEAD", 1, "", 0, "LEAD", 0, at(11, 3, 9), ALICE, EAST, "EVENT", 9L, 1L, 101L, null, false, false);
        fact("LEAD", 1, "LEAD", 0, "QUALIFIED", 0, at(11, 4, 9), ALICE, EAST, "EVENT", 9L, 1L, 101L, DAY, false, false);
        fact("LEAD", 1, "QUALIFIED", 0, "CUSTOMER", 0, at(11, 6, 9), ALICE, EAST, "EVENT", 9L, 1L, 101L, 2 * DAY, false, false);
        // lead 2: qualified the day it came (at 00:30 in Shanghai, still October 31st in UTC), then found invalid
        fact("LEAD", 2, "", 0, "LEAD", 0, at(11, 1, 0), BOB, WEST, "SEARCH", null, 2L, null, null, false, false);
        fact("LEAD", 2, "LEAD", 0, "QUALIFIED", 0, at(11, 1, 2), BOB, WEST, "SEARCH", null, 2L, null, 2 * HOUR, false, false);
        fact("LEAD", 2, "QUALIFIED", 0, "INVALID", 0, at(11, 10, 2), BOB, WEST, "SEARCH", null, 2L, null, 9 * DAY, false, false);
        // lead 3 came in October; lead 4 was withdrawn (deleted in oltp-app)
        fact("LEAD", 3, "", 0, "LEAD", 0, at(10, 31, 23), ALICE, EAST, "EVENT", null, 3L, null, null, false, false);
        fact("LEAD", 4, "", 0, "LEAD", 0, at(11, 7, 9), ALICE, EAST, "EVENT", null, 4L, null, null, false, false);
        fact("LEAD", 4, "", 0, "LEAD", 0, at(11, 7, 9), ALICE, EAST, "EVENT", null, 4L, null, null, false, true);
        // customer 102 without a lead
        fact("CUSTOMER", 102, "", 0, "CUSTOMER", 0, at(11, 8, 9), BOB, WEST, "REFERRAL", null, null, 102L, null, false, false);
        // deal 201 of customer 101: forward, back, forward again, won
        fact("OPPORTUNITY", 201, "", 0, "OPPORTUNITY", 0, at(11, 7, 9), ALICE, EAST, null, 9L, null, 101L, null, false, false);
        fact("OPPORTUNITY", 201, "OPPORTUNITY", 0, "STAGE", PROPOSE, at(11, 7, 9), ALICE, EAST, null, 9L, null, 101L, 0L, false, false);
        fact("OPPORTUNITY", 201, "STAGE", PROPOSE, "STAGE", NEGOTIATE, at(11, 9, 9), ALICE, EAST, null, 9L, null, 101L, 2 * DAY, false, false);
        fact("OPPORTUNITY", 201, "STAGE", NEGOTIATE, "STAGE", PROPOSE, at(11, 11, 9), ALICE, EAST, null, 9L, null, 101L, 2 * DAY, true, false);
        fact("OPPORTUNITY", 201, "STAGE", PROPOSE, "STAGE", NEGOTIATE, at(11, 12, 9), ALICE, EAST, null, 9L, null, 101L, DAY, false, false);
        fact("OPPORTUNITY", 201, "STAGE", NEGOTIATE, "WON", 0, at(11, 20, 9), ALICE, EAST, null, 9L, null, 101L, 8 * DAY, false, false);
        // deal 202 of customer 102, lost from its first stage
        fact("OPPORTUNITY", 202, "", 0, "OPPORTUNITY", 0, at(11, 8, 9), BOB, WEST, null, null, null, 102L, null, false, false);
        fact("OPPORTUNITY", 202, "OPPORTUNITY", 0, "STAGE", PROPOSE, at(11, 8, 9), BOB, WEST, null, null, null, 102L, 0L, false, false);
        fact("OPPORTUNITY", 202, "STAGE", PROPOSE, "LOST", 0, at(11, 9, 9), BOB, WEST, null, null, null, 102L, DAY, false, false);
    }

    @Test
    void entriesPerStepCountEachEntryInFunnelOrderWithinTheDaysOfTheZone() {
        assertThat(funnel.entriesPerStep(NOVEMBER)).containsExactly(
                entries("LEAD", 0, 2), entries("QUALIFIED", 0, 2), entries("CUSTOMER", 0, 2),
                entries("OPPORTUNITY", 0, 2), entries("STAGE", PROPOSE, 3), entries("STAGE", NEGOTIATE, 2),
                entries("WON", 0, 1), entries("LOST", 0, 1), entries("INVALID", 0, 1));
    }

    @Test
    void scopeSourceAndCampaignNarrowTheEntries() {
        var east = new FunnelFilter(new VisibleScope(false, Set.of(), Set.of(EAST)), NOV_1, NOV_30, SHANGHAI, null, null);
        var bob = new FunnelFilter(new VisibleScope(false, Set.of(BOB), Set.of()), NOV_1, NOV_30, SHANGHAI, null, null);

        assertThat(funnel.entriesPerStep(east)).extracting(StepEntries::entries).containsExactly(1L, 1L, 1L, 1L, 2L, 2L, 1L);
        assertThat(funnel.entriesPerStep(bob)).containsExactly(entries("LEAD", 0, 1), entries("QUALIFIED", 0, 1),
                entries("CUSTOMER", 0, 1), entries("OPPORTUNITY", 0, 1), entries("STAGE", PROPOSE, 1),
                entries("LOST", 0, 1), entries("INVALID", 0, 1));
        // a deal counts under its customer's source
        assertThat(funnel.entriesPerStep(NOVEMBER.withSource("REFERRAL"))).extracting(e -> e.step().step())
                .containsExactly("CUSTOMER", "OPPORTUNITY", "STAGE", "LOST");
        assertThat(funnel.entriesPerStep(NOVEMBER.withCampaign(9L))).extracting(StepEntries::entries)
                .containsExactly(1L, 1L, 1L, 1L, 2L, 2L, 1L);
        assertThat(funnel.entriesPerStep(FunnelFilter.everything(NOV_1, NOV_1, SHANGHAI)))
                .containsExactly(entries("LEAD", 0, 1), entries("QUALIFIED", 0, 1));
    }

    @Test
    void conversionFollowsALeadIntoItsCustomerAndItsDeals() {
        assertThat(funnel.conversion(FunnelStep.of("LEAD"), FunnelStep.of("QUALIFIED"), NOVEMBER))
                .isEqualTo(new Conversion(FunnelStep.of("LEAD"), FunnelStep.of("QUALIFIED"), 2, 2));
        assertThat(funnel.conversion(FunnelStep.of("QUALIFIED"), FunnelStep.of("CUSTOMER"), NOVEMBER).reached()).isEqualTo(1);
        assertThat(funnel.conversion(FunnelStep.of("LEAD"), FunnelStep.of("WON"), NOVEMBER).reached()).isEqualTo(1);
        assertThat(funnel.conversion(FunnelStep.of("CUSTOMER"), FunnelStep.of("OPPORTUNITY"), NOVEMBER))
                .extracting(Conversion::entered, Conversion::reached).containsExactly(2L, 2L);
        assertThat(funnel.conversion(FunnelStep.stage(PROPOSE), FunnelStep.stage(NEGOTIATE), NOVEMBER))
                .extracting(Conversion::entered, Conversion::reached).containsExactly(3L, 2L);
        assertThat(funnel.conversion(FunnelStep.stage(PROPOSE), FunnelStep.of("WON"), NOVEMBER).reached()).isEqualTo(2);
        assertThatThrownBy(() -> funnel.conversion(FunnelStep.of("WON"), FunnelStep.of("LEAD"), NOVEMBER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeInStepIsMedianAndP90OfTheExitsFromItInterpolated() {
        assertThat(funnel.timeInStep(NOVEMBER)).containsExactly(
                new StepTime(FunnelStep.of("LEAD"), 2, 13 * HOUR, 2 * HOUR + 22 * HOUR * 9 / 10),
                new StepTime(FunnelStep.of("QUALIFIED"), 2, 2 * DAY + 7 * DAY / 2, 2 * DAY + 7 * DAY * 9 / 10),
                new StepTime(FunnelStep.stage(PROPOSE), 3, DAY, DAY + DAY * 8 / 10),
                new StepTime(FunnelStep.stage(NEGOTIATE), 2, 5 * DAY, 2 * DAY + 6 * DAY * 9 / 10));
    }

    @Test
    void backwardMovesArePerPairOfStages() {
        assertThat(funnel.backwardMoves(NOVEMBER)).containsExactly(new BackwardMoves(NEGOTIATE, PROPOSE, 1));
        assertThat(funnel.backwardMoves(NOVEMBER.withSource("REFERRAL"))).isEmpty();
    }

    @Test
    void stagesAreTheLiveOnesByPosition() {
        assertThat(funnel.stages()).containsExactly(new FunnelQueries.Stage(PROPOSE, "Propose", 1),
                new FunnelQueries.Stage(NEGOTIATE, "Negotiate", 2));
    }

    @Test
    void departmentAndOwnerNarrowInsideTheScope() {
        var east = NOVEMBER.narrowedTo(Set.of(EAST), null);
        var bob = NOVEMBER.narrowedTo(null, BOB);
        var eastScopeBob = new FunnelFilter(new VisibleScope(false, Set.of(), Set.of(EAST)), NOV_1, NOV_30, SHANGHAI,
                null, null).narrowedTo(null, BOB);

        assertThat(funnel.entriesPerStep(east)).extracting(StepEntries::entries).containsExactly(1L, 1L, 1L, 1L, 2L, 2L, 1L);
        assertThat(funnel.entriesPerStep(bob)).extracting(e -> e.step().step())
                .containsExactly("LEAD", "QUALIFIED", "CUSTOMER", "OPPORTUNITY", "STAGE", "LOST", "INVALID");
        assertThat(funnel.entriesPerStep(eastScopeBob)).as("a filter never widens the scope").isEmpty();
        assertThat(funnel.entriesPerStep(NOVEMBER.narrowedTo(Set.of(), null))).isEmpty();
    }

    @Test
    void eachStepsEntriesListAsManyRecordsAsItsFigureNewestFirstLinkingToWhatEntered() {
        for (FunnelFilter filter : List.of(NOVEMBER, NOVEMBER.narrowedTo(Set.of(WEST), null),
                new FunnelFilter(new VisibleScope(false, Set.of(ALICE), Set.of()), NOV_1, NOV_30, SHANGHAI, null, null))) {
            for (StepEntries step : funnel.entriesPerStep(filter)) {
                FactRecords all = funnel.entryRecords(step.step(), filter, 0, 100);
                assertThat(all.totals().count()).as(step.toString()).isEqualTo(step.entries());
                assertThat(all.items()).hasSize((int) step.entries());
            }
        }
        FactRecords propose = funnel.entryRecords(FunnelStep.stage(PROPOSE), NOVEMBER, 0, 2);
        assertThat(propose.totals().count()).isEqualTo(3);
        assertThat(propose.items()).extracting(FactRecord::id, FactRecord::day, FactRecord::linkKind)
                .containsExactly(tuple(201L, LocalDate.of(2025, 11, 11), "opportunities"),
                        tuple(202L, LocalDate.of(2025, 11, 8), "opportunities"));
        assertThat(propose.items().getFirst().title()).isEqualTo("Deal 201");
        assertThat(funnel.entryRecords(FunnelStep.stage(PROPOSE), NOVEMBER, 1, 2).items()).extracting(FactRecord::id)
                .containsExactly(201L);
        // a lead's conversion is listed as the customer it became
        assertThat(funnel.entryRecords(FunnelStep.of("CUSTOMER"), NOVEMBER, 0, 10).items())
                .extracting(FactRecord::id, FactRecord::linkKind, FactRecord::title)
                .containsExactly(tuple(102L, "customers", "C"), tuple(101L, "customers", "C"));
        assertThat(funnel.entryRecords(FunnelStep.of("LEAD"), NOVEMBER, 0, 10).items())
                .extracting(FactRecord::id, FactRecord::linkKind, FactRecord::ownerId)
                .containsExactly(tuple(1L, "leads", ALICE), tuple(2L, "leads", BOB));
    }

    private static StepEntries entries(String step, long stageId, long entries) {
        return new StepEntries(new FunnelStep(step, stageId), entries);
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2025, month, day, hour, 30).atZone(SHANGHAI).toInstant();
    }

    private static void fact(String entity, long id, String fromStep, long fromStage, String toStep, long toStage,
            Instant at, long owner, long dept, String source, Long campaign, Long lead, Long customer, Long ms,
            boolean backward, boolean deleted) throws SQLException {
        String factId = entity + ":" + id + ":" + toStep + ":" + toStage + ":" + at.toEpochMilli();
        insert("INSERT INTO funnel_transition (fact_id, entity_type, entity_id, from_step, from_stage_id, to_step, "
                        + "to_stage_id, at, owner_id, owner_dept_id, source, campaign_id, lead_id, customer_id, backward, "
                        + "ms_in_from_step, version, is_deleted, commit_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?)", factId, entity, id, fromStep, fromStage, toStep, toStage, at, owner, dept,
                source, campaign, lead, customer, backward ? 1 : 0, ms, VERSION.incrementAndGet(), deleted ? 1 : 0, at);
    }

    private static void customer(long id, String source) throws SQLException {
        insert("INSERT INTO customer (id, name, level, source, deal_status, locked, created_by, created_at, updated_at, "
                + "entity_version, version, is_deleted, commit_ts) VALUES (?, 'C', 'NORMAL', ?, 'NONE', false, 1, "
                + "now64(3), now64(3), 0, ?, 0, now64(3))", id, source, VERSION.incrementAndGet());
    }

    private static void insert(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
