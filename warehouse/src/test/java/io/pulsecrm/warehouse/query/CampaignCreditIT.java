package io.pulsecrm.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.query.sales.FactRecord;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The records behind each figure of a campaign, read from the mirrors with the stream's attribution rule, on the real
 * ClickHouse endpoint: mirrors and {@code campaign_roi} written consistently (the figures below are computed by hand
 * from the mirror rows, as the stream computes them), and every list's count and amount equal to its figure.
 */
class CampaignCreditIT {

    private static final long SHANGHAI = 3, WEST = 4, MARKETER = 11, OTHER = 12;
    private static final long A = 601, B = 602;
    private static final CampaignFilter EVERYTHING = CampaignFilter.inScope(ViewerScope.EVERYTHING.scope());

    private static CampaignRoiQueries queries;
    private static WarehouseRows rows;

    @BeforeAll
    static void mirrorsAndFigures() {
        var config = WarehouseStack.clickHouse().withDatabase("crm_credit_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        var dataSource = ClickHouseDataSources.create(config);
        queries = new CampaignRoiQueries(dataSource);
        rows = new WarehouseRows(dataSource);
        rows.campaign(A, "华东展会", LocalDate.of(2025, 11, 1), MARKETER, SHANGHAI, false);
        rows.campaign(B, "Search ads", LocalDate.of(2025, 11, 1), OTHER, WEST, false);
        lead(1001, A, false);
        lead(1002, A, true);      // deleted: neither a lead of A nor a first touch
        lead(1003, B, false);
        lead(1004, null, false);
        customer(2001, 1001L, B, false);  // first touch A, by its lead
        customer(2002, null, B, false);   // first touch B, its own
        customer(2003, 1004L, A, false);  // its lead has no campaign: its own, A
        customer(2004, 1002L, B, false);  // its lead is gone: its own, B
        customer(2005, null, A, true);    // deleted: its deals reach no first touch
        deal(3001, 2001L, B, "WON", "1000.00", false);
        deal(3002, 2002L, A, "OPEN", "500.00", false);
        deal(3003, 2003L, null, "WON", "2000.00", false);
        deal(3004, 2004L, A, "LOST", "300.00", false);
        deal(3005, 2005L, A, "WON", "700.00", false);
        deal(3006, 2001L, A, "WON", "999.00", true);
        contract(4001, 3001L, "APPROVED", "1000.00", false);
        contract(4002, 3003L, "APPROVED", "1800.00", false);
        contract(4003, 3002L, "PENDING_APPROVAL", "400.00", false); // not a contract yet; its receipts count
        contract(4004, 3005L, "APPROVED", "700.00", false);
        contract(4005, null, "APPROVED", "50.00", false);           // no deal: no campaign
        contract(4006, 3003L, "APPROVED", "123.00", true);
        receipt(5001, 4001, "300.00", false);
        receipt(5002, 4001, "200.00", false);
        receipt(5003, 4003, "100.00", false);
        receipt(5004, 4002, "900.00", false);
        receipt(5005, 4004, "700.00", false);
        receipt(5006, 4005, "10.00", false);
        receipt(5007, 4006, "5.00", false);
        receipt(5008, 4002, "77.00", true);
        // cost, leads, opportunities, amount, won, amount, contracts, amount, receipts, received
        rows.campaignRoi("first_touch", A, "1000.00", 1L, 2L, "3000.00", 2L, "3000.00", 2L, "2800.00", 3L, "1400.00");
        rows.campaignRoi("first_touch", B, "400.00", 1L, 2L, "800.00", 0L, "0.00", 0L, "0.00", 1L, "100.00");
        rows.campaignRoi("last_touch", A, "1000.00", 1L, 3L, "1500.00", 1L, "700.00", 1L, "700.00", 2L, "800.00");
        rows.campaignRoi("last_touch", B, "400.00", 1L, 1L, "1000.00", 1L, "1000.00", 1L, "1000.00", 2L, "500.00");
    }

    @Test
    void everyFiguresRecordsAddUpToItUnderBothModels() {
        for (AttributionModel model : AttributionModel.values()) {
            for (CampaignRoi campaign : queries.roiByCampaign(model, EVERYTHING)) {
                String who = model + " " + campaign.campaignId() + " ";
                assertThat(count(CampaignCredit.LEADS, model, campaign)).as(who + "leads").isEqualTo(campaign.leads());
                assertThat(totals(CampaignCredit.OPPORTUNITIES, model, campaign)).as(who + "opportunities")
                        .isEqualTo(new Object[] {campaign.opportunities(), campaign.opportunityAmount()});
                assertThat(totals(CampaignCredit.WON, model, campaign)).as(who + "won")
                        .isEqualTo(new Object[] {campaign.won(), campaign.wonAmount()});
                assertThat(totals(CampaignCredit.CONTRACTS, model, campaign)).as(who + "contracts")
                        .isEqualTo(new Object[] {campaign.contracts(), campaign.contractAmount()});
                assertThat(totals(CampaignCredit.RECEIPTS, model, campaign)).as(who + "receipts")
                        .isEqualTo(new Object[] {campaign.receipts(), campaign.received()});
            }
        }
    }

    @Test
    void firstTouchCreditsTheCustomersLeadElseItsOwnCampaign() {
        assertThat(ids(CampaignCredit.OPPORTUNITIES, AttributionModel.FIRST_TOUCH, A)).containsExactlyInAnyOrder(3001L, 3003L);
        assertThat(ids(CampaignCredit.OPPORTUNITIES, AttributionModel.FIRST_TOUCH, B)).containsExactlyInAnyOrder(3002L, 3004L);
        assertThat(ids(CampaignCredit.OPPORTUNITIES, AttributionModel.LAST_TOUCH, A))
                .containsExactlyInAnyOrder(3002L, 3004L, 3005L);
        assertThat(ids(CampaignCredit.LEADS, AttributionModel.FIRST_TOUCH, A)).containsExactly(1001L);
    }

    @Test
    void receiptsListTheirNumberAndLinkToTheirContractNewestFirst() {
        FactRecords receipts = queries.credited(CampaignCredit.RECEIPTS, AttributionModel.LAST_TOUCH, A, EVERYTHING, 0, 1);

        assertThat(receipts.totals().count()).isEqualTo(2);
        assertThat(receipts.totals().amount()).isEqualByComparingTo("800.00");
        FactRecord newest = receipts.items().getFirst();
        assertThat(newest.id()).isEqualTo(5005L);
        assertThat(newest.title()).isEqualTo("HK-5005");
        assertThat(newest.linkKind()).isEqualTo("contracts");
        assertThat(newest.linkId()).isEqualTo(4004L);
        assertThat(queries.credited(CampaignCredit.RECEIPTS, AttributionModel.LAST_TOUCH, A, EVERYTHING, 1, 1).items())
                .extracting(FactRecord::id).containsExactly(5003L);
    }

    @Test
    void aCampaignOutsideTheScopeOrTheNarrowingListsNothing() {
        var west = CampaignFilter.inScope(new VisibleScope(false, Set.of(), Set.of(WEST)));

        assertThat(queries.credited(CampaignCredit.WON, AttributionModel.LAST_TOUCH, A, west, 0, 20).totals().count()).isZero();
        assertThat(queries.credited(CampaignCredit.WON, AttributionModel.LAST_TOUCH, B, west, 0, 20).totals().count()).isOne();
        assertThat(queries.credited(CampaignCredit.WON, AttributionModel.LAST_TOUCH, B, west.ownedBy(null, MARKETER), 0, 20)
                .totals().count()).isZero();
        assertThat(queries.credited(CampaignCredit.WON, AttributionModel.LAST_TOUCH, B,
                EVERYTHING.running(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)), 0, 20).totals().count())
                .as("a campaign's figures are of all time; the period only chooses which campaigns a widget shows").isOne();
    }

    private static long count(CampaignCredit credit, AttributionModel model, CampaignRoi campaign) {
        return queries.credited(credit, model, campaign.campaignId(), EVERYTHING, 0, 100).totals().count();
    }

    private static Object[] totals(CampaignCredit credit, AttributionModel model, CampaignRoi campaign) {
        FactRecords records = queries.credited(credit, model, campaign.campaignId(), EVERYTHING, 0, 100);
        assertThat(records.items()).hasSize((int) records.totals().count());
        return new Object[] {records.totals().count(), records.totals().amount()};
    }

    private static List<Long> ids(CampaignCredit credit, AttributionModel model, long campaign) {
        return queries.credited(credit, model, campaign, EVERYTHING, 0, 100).items().stream().map(FactRecord::id).toList();
    }

    private static void lead(long id, Long campaign, boolean deleted) {
        rows.row("lead", deleted, "id", id, "company", "Lead " + id, "source", "EVENT", "campaign_id", campaign,
                "status", "NEW", "owner_id", MARKETER, "owner_dept_id", SHANGHAI, "created_at", at(id));
    }

    private static void customer(long id, Long lead, long campaign, boolean deleted) {
        rows.row("customer", deleted, "id", id, "name", "Customer " + id, "level", "NORMAL", "source", "EVENT",
                "campaign_id", campaign, "lead_id", lead, "deal_status", "NONE", "owner_id", OTHER,
                "owner_dept_id", WEST, "created_at", at(id));
    }

    private static void deal(long id, Long customer, Long campaign, String status, String amount, boolean deleted) {
        rows.row("opportunity", deleted, "id", id, "name", "Deal " + id, "amount", new BigDecimal(amount), "stage_id", 1L,
                "status", status, "customer_id", customer, "campaign_id", campaign, "owner_id", OTHER,
                "owner_dept_id", WEST, "created_at", at(id), "closed_at", status.equals("OPEN") ? null : at(id + 10));
    }

    private static void contract(long id, Long deal, String status, String amount, boolean deleted) {
        rows.row("contract", deleted, "id", id, "number", "HT-" + id, "name", "合同 " + id, "customer_id", 1L,
                "opportunity_id", deal, "status", status, "signed_on", LocalDate.of(2025, 11, (int) (id - 4000)),
                "total_amount", new BigDecimal(amount), "owner_id", OTHER, "owner_dept_id", WEST);
    }

    private static void receipt(long id, long contract, String amount, boolean deleted) {
        rows.row("receipt", deleted, "id", id, "number", "HK-" + id, "contract_id", contract, "customer_id", 1L,
                "amount", new BigDecimal(amount), "received_on", LocalDate.of(2025, 11, (int) (id - 5000)),
                "method", "BANK_TRANSFER", "owner_id", OTHER, "owner_dept_id", WEST);
    }

    private static Instant at(long id) {
        return Instant.parse("2025-11-01T02:00:00Z").plusSeconds(id * 60);
    }
}
