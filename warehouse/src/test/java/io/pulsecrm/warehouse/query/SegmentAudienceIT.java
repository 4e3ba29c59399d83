package io.pulsecrm.warehouse.query;

import static io.pulsecrm.warehouse.query.SegmentQueriesIT.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.segment.Rule;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The segment builder's lists on the real local stack: they hold exactly the customers its counts count. */
class SegmentAudienceIT {

    private static final long REP = 21, OTHER = 22, EAST = 5, WEST = 6, SEGMENT = 70;
    private static final String IT_RULE = "{\"feature\":\"industry\",\"operator\":\"EQ\",\"values\":[\"IT\"]}";
    private static final ViewerScope REP_ONLY = new ViewerScope(REP, new VisibleScope(false, Set.of(REP), Set.of()));

    private static SegmentAudience audience;
    private static SegmentCatalogQueries catalog;
    private static SegmentQueries counts;

    @BeforeAll
    static void rows() {
        var config = WarehouseStack.clickHouse().withDatabase("crm_audience_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        DataSource dataSource = ClickHouseDataSources.create(config);
        audience = new SegmentAudience(dataSource);
        catalog = new SegmentCatalogQueries(dataSource);
        counts = new SegmentQueries(dataSource);
        var rows = new WarehouseRows(dataSource);
        rows.user(REP, EAST, null, true);
        rows.customer(701, "甲 科技");
        rows.customer(702, "乙 贸易");
        rows.customer(703, "丙 制造");
        rows.customerFeatures(701, REP, EAST, "IT", "10.00", null, false);
        rows.customerFeatures(702, OTHER, WEST, "IT", "10.00", null, false);
        rows.customerFeatures(703, REP, EAST, "FINANCE", "10.00", null, false);
        rows.segment(SEGMENT, "IT 客户", IT_RULE, REP, EAST, false);
        rows.segment(71, "别人的", IT_RULE, OTHER, WEST, false);
        rows.segment(72, "删掉的", IT_RULE, REP, EAST, true);
        rows.segmentMember(SEGMENT, 701, true, REP, EAST, at("2025-11-02T10:00:00"));
        rows.segmentMember(SEGMENT, 702, true, OTHER, WEST, at("2025-11-03T10:00:00"));
        rows.segmentMember(SEGMENT, 703, false, REP, EAST, at("2025-11-03T10:00:00"));
    }

    @Test
    void thePreviewSampleHoldsTheCustomersThePreviewCountsWithinTheScope() {
        Rule rule = Rule.parse(IT_RULE);
        LocalDate day = LocalDate.of(2025, 11, 24);

        assertThat(audience.previewSample(rule, day, ViewerScope.EVERYTHING, 10))
                .extracting(SegmentCustomer::customerId).containsExactly(702L, 701L);
        List<SegmentCustomer> repSample = audience.previewSample(rule, day, REP_ONLY, 10);
        assertThat(repSample).extracting(SegmentCustomer::customerId).containsExactly(701L);
        assertThat(repSample).hasSize((int) counts.previewCount(rule, day, REP_ONLY));
        assertThat(repSample.getFirst().name()).isEqualTo("甲 科技");
        assertThat(audience.previewSample(rule, day, ViewerScope.EVERYTHING, 1)).hasSize(1);
    }

    @Test
    void membersAndTheirIdsAreTheCurrentMembersInScopeNewestFirst() {
        List<SegmentCustomer> all = new ArrayList<>();
        audience.members(SEGMENT, ViewerScope.EVERYTHING, 100, all::add);
        assertThat(all).extracting(SegmentCustomer::customerId).containsExactly(702L, 701L);
        assertThat(all.get(1).since().toEpochMilli()).isEqualTo(at("2025-11-02T10:00:00"));
        assertThat(audience.memberIds(SEGMENT, ViewerScope.EVERYTHING, 100)).containsExactly(701L, 702L);
        assertThat(audience.memberIds(SEGMENT, REP_ONLY, 100)).containsExactly(701L)
                .hasSize((int) counts.memberCount(SEGMENT, REP_ONLY));
    }

    @Test
    void theCatalogueListsLiveSegmentsWhoseOwnerIsInScopeWithTheirCountsInScope() {
        assertThat(catalog.segments(REP_ONLY, 50)).extracting(SegmentCatalogQueries.SavedSegment::id)
                .containsExactly(SEGMENT);
        assertThat(catalog.segments(ViewerScope.EVERYTHING, 50)).extracting(SegmentCatalogQueries.SavedSegment::id)
                .containsExactly(71L, SEGMENT);
        assertThat(catalog.segment(71, REP_ONLY)).isEmpty();
        assertThat(catalog.segment(SEGMENT, REP_ONLY)).get()
                .satisfies(s -> assertThat(s.ownerName()).isEqualTo("User " + REP))
                .satisfies(s -> assertThat(Rule.parse(s.rule())).isEqualTo(Rule.parse(IT_RULE)));
        assertThat(catalog.memberCounts(List.of(SEGMENT, 71L), ViewerScope.EVERYTHING)).isEqualTo(Map.of(SEGMENT, 2L));
        assertThat(catalog.memberCounts(List.of(SEGMENT), REP_ONLY)).isEqualTo(Map.of(SEGMENT, 1L));
    }
}
