package io.pulsecrm.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.segment.Rule;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A segment's members, count and trend on the real local stack, in a database of this class's own. */
class SegmentQueriesIT {

    private static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");
    private static final long SEGMENT = 90, OTHER_SEGMENT = 91;
    private static final long REP = 11, OTHER = 12, TEAMMATE = 13, EAST = 3, WEST = 4;

    private static SegmentQueries segments;

    static long at(String shanghaiTime) {
        return LocalDate.parse(shanghaiTime.substring(0, 10)).atTime(java.time.LocalTime.parse(shanghaiTime.substring(11)))
                .atZone(SHANGHAI_TIME).toInstant().toEpochMilli();
    }

    @BeforeAll
    static void members() {
        var config = WarehouseStack.clickHouse().withDatabase("crm_segments_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        DataSource dataSource = ClickHouseDataSources.create(config);
        segments = new SegmentQueries(dataSource);
        var rows = new WarehouseRows(dataSource);
        rows.customer(501, "华东 制造");
        rows.customer(502, "West Retail");
        // 501: entered 11-01, left 11-03, entered again 11-05 (REP, east); 502: entered 11-03 (OTHER, west);
        // 503: entered 11-02 and left 11-02 (pooled: no owner); 504 is in the other segment only
        rows.segmentEvent(SEGMENT, 501, "ENTER", at("2025-11-01T09:00:00"), REP, EAST);
        rows.segmentEvent(SEGMENT, 501, "EXIT", at("2025-11-03T23:59:59"), REP, EAST);
        rows.segmentEvent(SEGMENT, 501, "ENTER", at("2025-11-05T00:00:00"), REP, EAST);
        rows.segmentEvent(SEGMENT, 502, "ENTER", at("2025-11-03T00:30:00"), OTHER, WEST);
        rows.segmentEvent(SEGMENT, 503, "ENTER", at("2025-11-02T10:00:00"), null, null);
        rows.segmentEvent(SEGMENT, 503, "EXIT", at("2025-11-02T11:00:00"), null, null);
        rows.segmentEvent(OTHER_SEGMENT, 504, "ENTER", at("2025-11-02T10:00:00"), REP, EAST);
        rows.segmentMember(SEGMENT, 501, true, REP, EAST, at("2025-11-01T09:00:00"));
        rows.segmentMember(SEGMENT, 501, false, REP, EAST, at("2025-11-03T23:59:59"));
        rows.segmentMember(SEGMENT, 501, true, REP, EAST, at("2025-11-05T00:00:00"));
        rows.segmentMember(SEGMENT, 502, true, OTHER, WEST, at("2025-11-03T00:30:00"));
        rows.segmentMember(SEGMENT, 503, false, null, null, at("2025-11-02T11:00:00"));
        rows.segmentMember(OTHER_SEGMENT, 504, true, REP, EAST, at("2025-11-02T10:00:00"));
        rows.teamMember(TEAMMATE, "CUSTOMER", 502, "READ", false);
        rows.customerFeatures(601, REP, EAST, "IT", "150000.00", LocalDate.of(2025, 11, 1), false);
        rows.customerFeatures(602, OTHER, WEST, "IT", "90000.00", LocalDate.of(2025, 11, 20), false);
        rows.customerFeatures(603, REP, EAST, "FINANCE'); DROP TABLE segment; --", "500000.00", null, false);
        rows.customerFeatures(604, REP, EAST, "IT", "200000.00", LocalDate.of(2025, 11, 1), true);
    }

    @Test
    void membersAreTheCurrentOnesNewestFirstWithTheirNames() {
        assertThat(segments.members(SEGMENT, ViewerScope.EVERYTHING, 0, 10)).containsExactly(
                new SegmentMemberItem(501, "华东 制造", REP, EAST, Instant.ofEpochMilli(at("2025-11-05T00:00:00"))),
                new SegmentMemberItem(502, "West Retail", OTHER, WEST, Instant.ofEpochMilli(at("2025-11-03T00:30:00"))));
        assertThat(segments.members(SEGMENT, ViewerScope.EVERYTHING, 1, 1)).extracting(SegmentMemberItem::customerId)
                .containsExactly(502L);
        assertThat(segments.memberCount(SEGMENT, ViewerScope.EVERYTHING)).isEqualTo(2);
    }

    @Test
    void aViewerSeesTheMembersOwnedInScopeOrOnTheirTeam() {
        var eastManager = new ViewerScope(REP, new VisibleScope(false, Set.of(), Set.of(EAST)));
        var teammate = new ViewerScope(TEAMMATE, new VisibleScope(false, Set.of(TEAMMATE), Set.of()));
        var nobodysRep = new ViewerScope(99, new VisibleScope(false, Set.of(99L), Set.of()));

        assertThat(segments.members(SEGMENT, eastManager, 0, 10)).extracting(SegmentMemberItem::customerId)
                .containsExactly(501L);
        assertThat(segments.memberCount(SEGMENT, teammate)).isEqualTo(1);
        assertThat(segments.memberCount(SEGMENT, nobodysRep)).isZero();
    }

    @Test
    void previewCountsTheLiveCustomersTheRuleMatchesOnTheDateWithinTheScope() {
        Rule rule = Rule.parse("""
                {"op":"AND","rules":[{"feature":"industry","operator":"IN","values":["IT","FINANCE'); DROP TABLE segment; --"]},
                  {"op":"OR","rules":[{"feature":"received_total","operator":"GTE","values":["100000.00"]},
                                      {"feature":"recency_days","operator":"LTE","values":[5]}]}]}""");
        LocalDate day = LocalDate.of(2025, 11, 24);
        var eastManager = new ViewerScope(REP, new VisibleScope(false, Set.of(), Set.of(EAST)));

        assertThat(segments.previewCount(rule, day, ViewerScope.EVERYTHING)).isEqualTo(3);
        assertThat(segments.previewCount(rule, day, eastManager)).isEqualTo(2);
        assertThat(segments.previewCount(rule, LocalDate.of(2025, 12, 24), ViewerScope.EVERYTHING)).isEqualTo(2);
    }

    @Test
    void trendCountsEntriesAndExitsPerDayInTheZoneAndTheMembersAtEachDaysEnd() {
        List<MembershipDay> trend = segments.membershipTrend(SEGMENT, ViewerScope.EVERYTHING, LocalDate.of(2025, 11, 2),
                LocalDate.of(2025, 11, 5), SHANGHAI_TIME);

        assertThat(trend).containsExactly(
                new MembershipDay(LocalDate.of(2025, 11, 2), 1, 1, 1),
                new MembershipDay(LocalDate.of(2025, 11, 3), 1, 1, 1),
                new MembershipDay(LocalDate.of(2025, 11, 4), 0, 0, 1),
                new MembershipDay(LocalDate.of(2025, 11, 5), 1, 0, 2));
        assertThat(trend.getLast().members()).isEqualTo(segments.memberCount(SEGMENT, ViewerScope.EVERYTHING));
    }
}
