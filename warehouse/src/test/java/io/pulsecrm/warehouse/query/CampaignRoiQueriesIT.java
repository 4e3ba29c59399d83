package io.pulsecrm.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ROI per campaign for a model and a viewer's scope, on the real ClickHouse endpoint, in a database of this class's own. */
class CampaignRoiQueriesIT {

    private static final long SHANGHAI = 3, WEST = 4, MARKETER = 11, OTHER = 12;
    private static final long EXPO = 501, SEARCH = 502, WEBINAR = 503, GONE = 504;
    private static final String FIRST = "first_touch", LAST = "last_touch";

    private static CampaignRoiQueries queries;

    @BeforeAll
    static void campaigns() {
        var config = WarehouseStack.clickHouse().withDatabase("crm_roi_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        var dataSource = ClickHouseDataSources.create(config);
        queries = new CampaignRoiQueries(dataSource);
        var rows = new WarehouseRows(dataSource);
        rows.campaign(EXPO, "华东展会", LocalDate.of(2025, 3, 1), MARKETER, SHANGHAI, false);
        rows.campaign(SEARCH, "Search ads", LocalDate.of(2025, 6, 1), OTHER, WEST, false);
        rows.campaign(WEBINAR, "Webinar", LocalDate.of(2025, 1, 1), OTHER, SHANGHAI, false);
        rows.campaign(GONE, "Deleted", LocalDate.of(2025, 2, 1), MARKETER, SHANGHAI, true);
        rows.campaignRoi(LAST, EXPO, "1000.00", 4L, 2L, "9000.00", 1L, "5000.00", 1L, "4800.00", 2L, "1500.00");
        // a newer version of the same key replaces it: the stream re-attributed one deal away
        rows.campaignRoi(LAST, EXPO, "1000.00", 4L, 1L, "5000.00", 1L, "5000.00", 1L, "4800.00", 1L, "1250.50");
        rows.campaignRoi(FIRST, EXPO, "1000.00", 4L, 3L, "12000.00", 2L, "8000.00", 2L, "7800.00", 3L, "3000.00");
        rows.campaignRoi(LAST, SEARCH, "0.00", 2L, 1L, "300.00", 0L, "0.00", 0L, "0.00", 0L, "0.00");
        rows.campaignRoi(LAST, GONE, "50.00", 0L, 0L, "0.00", 0L, "0.00", 0L, "0.00", 0L, "0.00");
    }

    @Test
    void everyCampaignNewestFirstWithTheLatestFiguresOfTheModel() {
        List<CampaignRoi> last = queries.roiByCampaign(AttributionModel.LAST_TOUCH, ViewerScope.EVERYTHING);

        assertThat(last).extracting(CampaignRoi::campaignId).containsExactly(SEARCH, EXPO, WEBINAR);
        assertThat(last.get(1)).isEqualTo(new CampaignRoi(EXPO, "华东展会", "EVENT", "ACTIVE", MARKETER, SHANGHAI,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), money("1000.00"), 4, 1, money("5000.00"), 1, money("5000.00"), 1, money("4800.00"), 1, money("1250.50")));
        assertThat(last.get(1).roi()).isEqualByComparingTo("0.2505");
    }

    @Test
    void firstTouchReadsItsOwnRows() {
        CampaignRoi expo = queries.roiByCampaign(AttributionModel.FIRST_TOUCH, ViewerScope.EVERYTHING).get(1);

        assertThat(expo.received()).isEqualTo(money("3000.00"));
        assertThat(expo.roi()).isEqualByComparingTo("2.0000");
    }

    @Test
    void campaignWithoutFiguresShowsZerosAndACampaignThatCostNothingHasNoRoi() {
        List<CampaignRoi> last = queries.roiByCampaign(AttributionModel.LAST_TOUCH, ViewerScope.EVERYTHING);

        CampaignRoi webinar = last.get(2);
        assertThat(webinar.cost()).isEqualTo(money("0.00"));
        assertThat(webinar.received()).isEqualTo(money("0.00"));
        assertThat(webinar.leads()).isZero();
        assertThat(webinar.roi()).isNull();
        assertThat(last.get(0).roi()).as("search cost nothing").isNull();
    }

    @Test
    void scopeChoosesCampaignsByOwnerOrOwnersDepartment() {
        var byOwner = new ViewerScope(MARKETER, new VisibleScope(false, Set.of(MARKETER), Set.of()));
        var byDepartment = new ViewerScope(OTHER, new VisibleScope(false, Set.of(OTHER), Set.of(SHANGHAI)));
        var nobody = new ViewerScope(99, new VisibleScope(false, Set.of(99L), Set.of(98L)));

        assertThat(queries.roiByCampaign(AttributionModel.LAST_TOUCH, byOwner)).extracting(CampaignRoi::campaignId)
                .containsExactly(EXPO);
        assertThat(queries.roiByCampaign(AttributionModel.LAST_TOUCH, byDepartment)).extracting(CampaignRoi::campaignId)
                .containsExactly(SEARCH, EXPO, WEBINAR);
        assertThat(queries.roiByCampaign(AttributionModel.LAST_TOUCH, nobody)).isEmpty();
    }

    @Test
    void thePeriodShowsTheCampaignsRunningInItAndDepartmentOrOwnerNarrowInsideTheScope() {
        var all = CampaignFilter.inScope(ViewerScope.EVERYTHING.scope());

        assertThat(roi(all.running(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 6, 20)))).containsExactly(SEARCH);
        assertThat(roi(all.running(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 6, 1)))).containsExactly(SEARCH, EXPO);
        assertThat(roi(all.running(LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 28)))).isEmpty();
        assertThat(roi(all.ownedBy(Set.of(WEST), null))).containsExactly(SEARCH);
        assertThat(roi(all.ownedBy(null, MARKETER))).containsExactly(EXPO);
        var westOnly = CampaignFilter.inScope(new VisibleScope(false, Set.of(), Set.of(WEST)));
        assertThat(roi(westOnly.ownedBy(null, MARKETER))).as("narrowing never widens").isEmpty();
    }

    private static List<Long> roi(CampaignFilter filter) {
        return queries.roiByCampaign(AttributionModel.LAST_TOUCH, filter).stream().map(CampaignRoi::campaignId).toList();
    }

    @Test
    void roiIsReceivedLessCostOverCostRoundedHalfUpToFourPlaces() {
        var roi = new CampaignRoi(1, "c", "EVENT", "ACTIVE", 1, 1, LocalDate.EPOCH, LocalDate.EPOCH, money("3.00"), 0, 0, money("0.00"), 0, money("0.00"),
                0, money("0.00"), 1, money("1.00"));

        assertThat(roi.roi()).isEqualTo(new BigDecimal("-0.6667"));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
