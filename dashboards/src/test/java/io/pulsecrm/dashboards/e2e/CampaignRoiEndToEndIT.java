package io.pulsecrm.dashboards.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.CampaignCredit;
import io.pulsecrm.warehouse.query.CampaignFilter;
import io.pulsecrm.warehouse.query.CampaignRoi;
import io.pulsecrm.warehouse.query.CampaignRoiQueries;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A campaign's return, driven through oltp-app's REST API the way reps and marketers work — campaign and cost, lead
 * with the campaign, conversion into a customer with a deal, a second deal under another campaign, won, contract,
 * approval, plan, receipts — reaches {@code campaign_roi} in ClickHouse with the figures computed here by hand, for
 * both models; a deleted receipt takes exactly its cash back; every figure's drill-down records (the mirrors read with
 * the stream's attribution rule) add up to it; and {@code ./crm reconcile} then agrees.
 */
class CampaignRoiEndToEndIT {

    private static final Duration REPLICATED = Duration.ofSeconds(90);

    private final FullStack stack = FullStack.shared();
    private final OltpApi api = stack.api;
    private final CampaignRoiQueries roi = new CampaignRoiQueries(stack.clickhouse);

    @Test
    void figuresOfBothModelsEqualTheHandComputedOnesAndReconcileAgrees() {
        String run = Long.toString(System.nanoTime(), 36);
        long stage = api.createStage(PipelineEndToEndIT.unique("roi"), 970, "40.00");
        long expo = campaign("roi-expo-" + run, "1000.00", "250.25");
        long search = campaign("roi-search-" + run, "400.00");

        // the lead comes from the expo: its customer's first touch, and the campaign of the deal the conversion opens
        var lead = api.call("POST", "/api/v1/leads", Map.of("name", "王经理", "company", "roi 客户 " + run,
                "source", "EVENT", "campaignId", expo));
        var converted = api.call("POST", "/api/v1/leads/" + lead.get("id").asLong() + "/convert", Map.of(
                "version", lead.get("version").asInt(),
                "opportunity", Map.of("name", "展会商机", "amount", new BigDecimal("12000.00"), "stageId", stage,
                        "expectedCloseDate", "2025-09-30")));
        long customer = converted.get("customerId").asLong();
        // the same customer's second deal came through search ads: its last touch
        long won = api.call("POST", "/api/v1/opportunities", Map.of("name", "搜索商机", "amount", new BigDecimal("8800.00"),
                "stageId", stage, "customerId", customer, "campaignId", search)).get("id").asLong();
        api.markWon(won);

        long contract = approvedContract(won, "8000.00");
        long plan = api.call("POST", "/api/v1/contracts/" + contract + "/plans", Map.of("amount", new BigDecimal("8000.00"),
                "dueDate", "2025-07-01", "method", "BANK_TRANSFER")).get("id").asLong();
        receipt(contract, plan, "3000.00");
        long refunded = receipt(contract, plan, "1000.50");

        awaitFigures(AttributionModel.LAST_TOUCH, search, "400.00", 0, 1, "8800.00", 1, "8800.00", 1, "8000.00", 2, "4000.50",
                "9.0013");
        awaitFigures(AttributionModel.FIRST_TOUCH, expo, "1250.25", 1, 2, "20800.00", 1, "8800.00", 1, "8000.00", 2,
                "4000.50", "2.1998");

        api.call("DELETE", "/api/v1/receipts/" + refunded, null);

        awaitFigures(AttributionModel.LAST_TOUCH, search, "400.00", 0, 1, "8800.00", 1, "8800.00", 1, "8000.00", 1, "3000.00",
                "6.5000");
        awaitFigures(AttributionModel.LAST_TOUCH, expo, "1250.25", 1, 1, "12000.00", 0, "0.00", 0, "0.00", 0, "0.00",
                "-1.0000");
        awaitFigures(AttributionModel.FIRST_TOUCH, expo, "1250.25", 1, 2, "20800.00", 1, "8800.00", 1, "8000.00", 1,
                "3000.00", "1.3995");
        awaitFigures(AttributionModel.FIRST_TOUCH, search, "400.00", 0, 0, "0.00", 0, "0.00", 0, "0.00", 0, "0.00",
                "-1.0000");

        // the dashboards' drill-downs re-read the mirrors with the stream's rule: every figure's records add up to it
        for (AttributionModel model : AttributionModel.values()) {
            for (long campaign : List.of(expo, search)) {
                awaitDrillDownsAddUp(model, campaign);
            }
        }

        // other e2e tests share the stack: their last changes may still be on the way, so agreement is awaited
        ReconcileEndToEndIT.Run agreeing = await().atMost(REPLICATED).pollInterval(Duration.ofSeconds(1))
                .until(() -> ReconcileEndToEndIT.reconcile("0"), r -> r.exitCode() == 0);
        assertThat(agreeing.out()).contains("campaign_roi 0").doesNotContain("DIFFERENCE");
    }

    private long campaign(String name, String... costs) {
        long id = api.call("POST", "/api/v1/campaigns", Map.of("name", name, "channel", "EVENT",
                "budget", new BigDecimal("5000.00"), "startDate", "2025-01-01", "endDate", "2025-12-31")).get("id").asLong();
        for (String cost : costs) {
            api.call("POST", "/api/v1/campaigns/" + id + "/costs", Map.of("amount", new BigDecimal(cost),
                    "incurredOn", "2025-01-10"));
        }
        return id;
    }

    /** A contract from the deal, through a one-step approval flow waiting for this user, approved; the flow is then disabled. */
    private long approvedContract(long deal, String price) {
        long me = api.call("GET", "/api/v1/me", null).get("id").asLong();
        var steps = List.of(Map.of("approverType", "USER", "userId", me));
        String flowName = "roi-" + Long.toString(System.nanoTime(), 36);
        var flow = api.call("POST", "/api/v1/approval-flows", Map.of("name", flowName, "enabled", true, "steps", steps));
        var contract = api.call("POST", "/api/v1/contracts", Map.of("name", "搜索商机合同", "signedOn", "2025-06-01",
                "opportunityId", deal, "lines", List.of(Map.of("productId", product(), "quantity", BigDecimal.ONE,
                        "unitPrice", new BigDecimal(price)))));
        long id = contract.get("id").asLong();
        var submitted = api.call("POST", "/api/v1/contracts/" + id + "/submit", Map.of("version", contract.get("version").asInt()));
        var approved = api.call("POST", "/api/v1/contracts/" + id + "/approve",
                Map.of("version", submitted.get("version").asInt()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        api.call("PUT", "/api/v1/approval-flows/" + flow.get("id").asLong(), Map.of("name", flowName, "enabled", false,
                "steps", steps, "version", flow.get("version").asInt()));
        return id;
    }

    private long product() {
        String code = "ROI-" + Long.toString(System.nanoTime(), 36);
        return api.call("POST", "/api/v1/products", Map.of("code", code, "name", "ROI 软件", "price",
                new BigDecimal("8000.00"))).get("id").asLong();
    }

    private long receipt(long contract, long plan, String amount) {
        return api.call("POST", "/api/v1/receipts", Map.of("contractId", contract, "planId", plan,
                "amount", new BigDecimal(amount), "receivedOn", "2025-06-15", "method", "BANK_TRANSFER")).get("id").asLong();
    }

    /** The campaign's figures under the model, in the order of {@link CampaignRoi}'s, then its ROI. */
    private void awaitFigures(AttributionModel model, long campaign, String cost, long leads, long opportunities,
            String opportunityAmount, long won, String wonAmount, long contracts, String contractAmount, long receipts,
            String received, String expectedRoi) {
        List<Object> expected = List.of(new BigDecimal(cost), leads, opportunities, new BigDecimal(opportunityAmount), won,
                new BigDecimal(wonAmount), contracts, new BigDecimal(contractAmount), receipts, new BigDecimal(received),
                new BigDecimal(expectedRoi));
        await(model + " figures of campaign " + campaign).atMost(REPLICATED).pollInterval(Duration.ofMillis(250))
                .until(() -> figures(model, campaign), expected::equals);
    }

    /** Each figure's records as the dashboard's drill-down lists them (count and amount), against the figure. */
    private void awaitDrillDownsAddUp(AttributionModel model, long campaign) {
        await(model + " drill-downs of campaign " + campaign).atMost(REPLICATED).pollInterval(Duration.ofMillis(250))
                .until(() -> credited(model, campaign), records -> {
                    List<Object> f = figures(model, campaign);
                    return !f.isEmpty() && records.equals(List.of(f.get(1), f.get(2), f.get(3), f.get(4), f.get(5),
                            f.get(6), f.get(7), f.get(8), f.get(9)));
                });
    }

    private List<Object> credited(AttributionModel model, long campaign) {
        var everything = CampaignFilter.inScope(ViewerScope.EVERYTHING.scope());
        List<Object> totals = new ArrayList<>();
        for (CampaignCredit credit : CampaignCredit.values()) {
            FactTotals t = roi.credited(credit, model, campaign, everything, 0, 1).totals();
            totals.add(t.count());
            if (credit != CampaignCredit.LEADS) {
                totals.add(t.amount());
            }
        }
        return totals;
    }

    private List<Object> figures(AttributionModel model, long campaign) {
        return roi.roiByCampaign(model, ViewerScope.EVERYTHING).stream().filter(c -> c.campaignId() == campaign)
                .findFirst().<List<Object>>map(c -> List.of(c.cost(), c.leads(), c.opportunities(), c.opportunityAmount(),
                        c.won(), c.wonAmount(), c.contracts(), c.contractAmount(), c.receipts(), c.received(),
                        Objects.requireNonNullElse(c.roi(), BigDecimal.ZERO)))
                .orElse(List.of());
    }
}
