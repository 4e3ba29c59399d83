package io.pulsecrm.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The drill-down behind the scoped pipeline chart, on the real local stack, in a database of this class's own. */
class PipelineDealQueriesIT {

    private static final long ROOT = 1, SHANGHAI = 3, WEST = 4;
    private static final long REP = 11, OTHER = 12, TEAMMATE = 13, ON_NO_TEAM = 14, LEFT_COMPANY = 4242;
    private static final long STAGE = 700, OTHER_STAGE = 701, DELETED_STAGE = 702;

    private static PipelineDealQueries deals;
    private static PipelineQueries pipeline;
    private static Instant firstDealWritten;

    @BeforeAll
    static void deals() {
        var config = WarehouseStack.clickHouse().withDatabase("crm_deals_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        DataSource dataSource = ClickHouseDataSources.create(config);
        deals = new PipelineDealQueries(dataSource);
        pipeline = new PipelineQueries(dataSource);
        var rows = new WarehouseRows(dataSource);
        rows.department(ROOT, null, false);
        rows.department(SHANGHAI, ROOT, false);
        rows.department(WEST, ROOT, false);
        rows.user(REP, SHANGHAI, null, true);
        rows.user(OTHER, WEST, null, true);
        rows.stage(STAGE, "方案报价", 1, "30.00");
        rows.stage(OTHER_STAGE, "商务谈判", 2, "60.00");
        rows.stage(DELETED_STAGE, "Gone", 3, "10.00");
        firstDealWritten = rows.deal(801, STAGE, "华东 ERP 升级", "300.00", "OPEN", REP, SHANGHAI, 9001L,
                LocalDate.of(2026, 1, 31), false);
        rows.deal(802, STAGE, "500.00", "OPEN", OTHER, WEST);
        rows.deal(803, STAGE, "300.00", "OPEN", REP, SHANGHAI); // the same amount as 801: the higher id first
        rows.deal(804, STAGE, "100.00", "OPEN", REP, WEST); // made while the rep was in west
        rows.deal(805, STAGE, "999.00", "WON", REP, SHANGHAI);
        rows.deal(806, STAGE, "Deleted", "777.00", "OPEN", REP, SHANGHAI, null, null, true);
        rows.deal(807, STAGE, "50.00", "OPEN", LEFT_COMPANY, SHANGHAI);
        rows.deal(808, OTHER_STAGE, "5000.00", "OPEN", REP, SHANGHAI);
        rows.deal(809, DELETED_STAGE, "10.00", "OPEN", REP, SHANGHAI);
        rows.stage(DELETED_STAGE, "Gone", 3, "10.00", true);
        // TEAMMATE owns nothing; on the team of OTHER's 802, of a customer whose id is 801's, and (no longer) of 807
        rows.user(TEAMMATE, SHANGHAI, null, true);
        rows.teamMember(TEAMMATE, "OPPORTUNITY", 802, "READ", false);
        rows.teamMember(TEAMMATE, "CUSTOMER", 801, "WRITE", false);
        rows.teamMember(TEAMMATE, "OPPORTUNITY", 807, "WRITE", false);
        rows.teamMember(TEAMMATE, "OPPORTUNITY", 807, "WRITE", true);
        rows.teamMember(REP, "OPPORTUNITY", 803, "WRITE", false); // REP's own deal: still counted once
    }

    @Test
    void pagesListTheOpenLiveDealsOfTheStageByAmountThenIdDescending() {
        assertThat(ids(0, 2, ViewerScope.EVERYTHING)).containsExactly(802L, 803L);
        assertThat(ids(1, 2, ViewerScope.EVERYTHING)).containsExactly(801L, 804L);
        assertThat(ids(2, 2, ViewerScope.EVERYTHING)).containsExactly(807L);
        assertThat(ids(3, 2, ViewerScope.EVERYTHING)).isEmpty();

        StageDeals page = deals.openDealsOfStage(STAGE, ViewerScope.EVERYTHING, 3, 2).orElseThrow();
        assertThat(page.stageName()).isEqualTo("方案报价");
        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.totalAmount()).isEqualByComparingTo("1250.00");
    }

    @Test
    void aDealCarriesWhatTheListShowsAndItsOwnersName() {
        List<OpenDeal> page = deals.openDealsOfStage(STAGE, ViewerScope.EVERYTHING, 0, 10).orElseThrow().deals();

        assertThat(page.stream().filter(d -> d.id() == 801).findFirst().orElseThrow()).isEqualTo(new OpenDeal(801,
                "华东 ERP 升级", new BigDecimal("300.00"), LocalDate.of(2026, 1, 31), REP, "User " + REP, 9001L,
                firstDealWritten));
        OpenDeal ofSomeoneGone = page.stream().filter(d -> d.id() == 807).findFirst().orElseThrow();
        assertThat(ofSomeoneGone.ownerName()).isNull();
        assertThat(ofSomeoneGone.customerId()).isNull();
        assertThat(ofSomeoneGone.expectedCloseDate()).isNull();
    }

    @Test
    void theScopeSelectsByOwnerOrByTheDepartmentAtTheTimeOfTheDeal() {
        var rep = scope(ON_NO_TEAM, Set.of(REP), Set.of());
        var shanghai = scope(ON_NO_TEAM, Set.of(), Set.of(SHANGHAI));

        assertThat(ids(0, 100, rep)).containsExactly(803L, 801L, 804L);
        assertThat(ids(0, 100, shanghai)).containsExactly(803L, 801L, 807L);
        assertThat(ids(0, 100, scope(ON_NO_TEAM, Set.of(), Set.of()))).isEmpty();
    }

    @Test
    void aTeamMemberSeesTheDealsOfTheirTeamsAndNoOtherRecordsOrTeamsTheyLeft() {
        assertThat(ids(0, 100, self(TEAMMATE))).containsExactly(802L);
        assertThat(ids(0, 100, scope(ON_NO_TEAM, Set.of(TEAMMATE), Set.of())))
                .as("the same owners, another viewer: not their team").isEmpty();
        assertThat(ids(0, 100, self(REP))).containsExactly(803L, 801L, 804L);
    }

    @Test
    void aStagesTotalsAreItsFiguresInTheChartForTheSameScope() {
        for (ViewerScope scope : List.of(ViewerScope.EVERYTHING, scope(REP, Set.of(REP), Set.of(WEST)),
                scope(OTHER, Set.of(OTHER), Set.of(SHANGHAI)), self(TEAMMATE), self(REP))) {
            StagePipeline figures = pipeline.openPipelineByStage(scope).stream()
                    .filter(s -> s.stageId() == STAGE).findFirst().orElseThrow();
            StageDeals all = deals.openDealsOfStage(STAGE, scope, 0, 100).orElseThrow();

            assertThat(all.totalItems()).isEqualTo(figures.openCount()).isEqualTo(all.deals().size());
            assertThat(all.totalAmount()).isEqualByComparingTo(figures.openAmount())
                    .isEqualByComparingTo(all.deals().stream().map(OpenDeal::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    @Test
    void anUnknownOrDeletedStageHasNoDrillDown() {
        assertThat(deals.openDealsOfStage(99_999, ViewerScope.EVERYTHING, 0, 20)).isEmpty();
        assertThat(deals.openDealsOfStage(DELETED_STAGE, ViewerScope.EVERYTHING, 0, 20)).isEmpty();
    }

    /** SELF: the viewer's own deals, and their teams'. */
    private static ViewerScope self(long viewer) {
        return scope(viewer, Set.of(viewer), Set.of());
    }

    private static ViewerScope scope(long viewer, Set<Long> owners, Set<Long> departments) {
        return new ViewerScope(viewer, new VisibleScope(false, owners, departments));
    }

    private static List<Long> ids(int page, int size, ViewerScope scope) {
        return deals.openDealsOfStage(STAGE, scope, page, size).orElseThrow().deals().stream().map(OpenDeal::id).toList();
    }
}
