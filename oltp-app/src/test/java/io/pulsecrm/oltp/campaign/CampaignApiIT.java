package io.pulsecrm.oltp.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.followup.CrmRecords;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Campaigns through the REST API: marketers K and L (scope ALL, campaign:*), a rep R and a manager M
 * who may only view campaigns, within their scope.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignApiIT extends ApiIntegrationTest {

    private long marketer;
    private long otherMarketer;
    private long rep;
    private long manager;
    private CrmRecords records;

    @BeforeAll
    void organization() {
        long marketing = users.department(null);
        marketer = users.user(marketing, null, "MARKETER");
        otherMarketer = users.user(marketing, null, "MARKETER");
        long sales = users.department(null);
        manager = users.user(sales, null, "SALES_MANAGER");
        rep = users.user(sales, manager, "SALES_REP");
        records = new CrmRecords(jdbc);
    }

    private long campaign(String name, String budget, String start, String end) {
        MvcTestResult created = post("/api/v1/campaigns", """
                {"name": "%s", "channel": "EXHIBITION", "budget": %s, "startDate": "%s", "endDate": "%s",
                 "description": "展位 A12"}""".formatted(name, budget, start, end));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    private MvcTestResult cost(long campaign, String amount, String on) {
        return post("/api/v1/campaigns/%d/costs".formatted(campaign), """
                {"amount": %s, "incurredOn": "%s", "note": "展位费"}""".formatted(amount, on));
    }

    private String row(long campaign) {
        return jdbc.sql("select c::text from campaign c where id = ?").param(campaign).query(String.class).single()
                + jdbc.sql("select count(*) from campaign_cost where campaign_id = ?").param(campaign).query(Long.class).single();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theDetailTotalsCostsBudgetLeftAndWhatTheCampaignSourced() {
        long stage = newStage("10");
        token = users.tokenOf(marketer);
        long id = campaign(unique("上海春季展"), "10000", "2026-04-01", "2026-04-30");
        assertThat(cost(id, "1200.5", "2026-04-01")).hasStatus(HttpStatus.CREATED);
        // the last invoice arrives after the fair
        long late = idOf(cost(id, "300", "2026-05-15"));
        for (long lead : List.of(records.lead(rep), records.lead(rep))) {
            jdbc.sql("update lead set campaign_id = ? where id = ?").params(id, lead).update();
        }
        jdbc.sql("update opportunity set campaign_id = ? where id = ?")
                .params(id, records.opportunity(rep, null, stage)).update();

        assertThat(get("/api/v1/campaigns/" + id)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"status": "PLANNED", "budget": 10000.00, "ownerId": %d, "version": 0,
                 "totals": {"costTotal": 1500.50, "budgetLeft": 8499.50, "leads": 2, "opportunities": 1}}"""
                .formatted(marketer));
        assertThat(get("/api/v1/campaigns/%d/costs".formatted(id))).bodyJson().extractingPath("$[*].incurredOn")
                .asArray().containsExactly("2026-05-15", "2026-04-01");

        assertThat(delete("/api/v1/campaigns/%d/costs/%d".formatted(id, late))).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/campaigns/" + id)).bodyJson().extractingPath("$.totals.costTotal").isEqualTo(1200.5);
        assertThat(get("/api/v1/campaigns?q=上海春季展&size=100")).bodyJson()
                .extractingPath("$.items[?(@.id == %d)].costTotal".formatted(id)).asArray().containsExactly(1200.5);
    }

    @Test
    void aCostBeforeTheStartIsRefusedAndNothingIsWritten() {
        token = users.tokenOf(marketer);
        long id = campaign(unique("线上直播"), "500", "2026-06-01", "2026-06-02");
        String before = row(id);

        assertThat(cost(id, "10", "2026-05-31")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("incurredOn");
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    void thePeriodCannotStartAfterABookedCost() {
        token = users.tokenOf(marketer);
        long id = campaign(unique("邮件营销"), "800", "2026-06-01", "2026-06-30");
        assertThat(cost(id, "100", "2026-06-03")).hasStatus(HttpStatus.CREATED);

        assertThat(put("/api/v1/campaigns/" + id, """
                {"name": "邮件营销", "channel": "EMAIL", "budget": 800, "startDate": "2026-06-05", "endDate": "2026-06-30",
                 "version": 0}""")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("startDate");
        assertThat(put("/api/v1/campaigns/" + id, """
                {"name": "邮件营销", "channel": "EMAIL", "budget": 900, "startDate": "2026-06-03", "endDate": "2026-06-30",
                 "version": 0}""")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"channel": "EMAIL", "budget": 900.00, "startDate": "2026-06-03", "description": null, "version": 1}""");
    }

    @Test
    void theStatusMovesOnlyAlongTheLifeCycleAndAClosedCampaignIsFinal() {
        token = users.tokenOf(marketer);
        long id = campaign(unique("行业峰会"), "20000", "2026-07-01", "2026-07-03");

        assertThat(post("/api/v1/campaigns/%d/status".formatted(id), "{\"status\": \"ENDED\", \"version\": 0}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("campaign-status-not-allowed");
        assertThat(post("/api/v1/campaigns/%d/status".formatted(id), "{\"status\": \"ACTIVE\", \"version\": 0}"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\": \"ACTIVE\", \"version\": 1}");
        assertThat(post("/api/v1/campaigns/%d/status".formatted(id), "{\"status\": \"ENDED\", \"version\": 0}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(post("/api/v1/campaigns/%d/status".formatted(id), "{\"status\": \"ENDED\", \"version\": 1}"))
                .hasStatusOk();
        String ended = row(id);

        assertThat(post("/api/v1/campaigns/%d/status".formatted(id), "{\"status\": \"ACTIVE\", \"version\": 2}"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(put("/api/v1/campaigns/" + id, """
                {"name": "改名", "channel": "EVENT", "budget": 1, "startDate": "2026-07-01", "endDate": "2026-07-03",
                 "version": 2}""")).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("campaign-closed");
        assertThat(row(id)).isEqualTo(ended);
        assertThat(get("/api/v1/campaigns/%d/logs".formatted(id))).bodyJson().extractingPath("$[*].action").asArray()
                .containsExactly("UPDATE", "UPDATE", "CREATE");
    }

    @Test
    void aCampaignThatSourcedLeadsIsCancelledRatherThanDeleted() {
        token = users.tokenOf(marketer);
        long sourced = campaign(unique("转介绍计划"), "0", "2026-01-01", "2026-12-31");
        jdbc.sql("update lead set campaign_id = ? where id = ?").params(sourced, records.lead(rep)).update();
        long unused = campaign(unique("草稿"), "0", "2026-01-01", "2026-01-01");
        assertThat(cost(unused, "0", "2026-01-01")).hasStatus(HttpStatus.CREATED);

        assertThat(delete("/api/v1/campaigns/" + sourced)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("campaign-in-use");
        assertThat(get("/api/v1/campaigns/" + sourced)).hasStatusOk();
        assertThat(delete("/api/v1/campaigns/" + unused)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/campaigns/" + unused)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from campaign_cost where campaign_id = ?").param(unused)
                .query(Long.class).single()).isZero();
    }

    @Test
    void everyoneWhoMayViewCampaignsSeesAllOfThem() {
        token = users.tokenOf(marketer);
        String name = unique("品牌广告");
        long id = campaign(name, "100", "2026-08-01", "2026-08-31");

        for (long viewer : List.of(otherMarketer, rep, manager)) {
            token = users.tokenOf(viewer);
            assertThat(ids("/api/v1/campaigns?q=" + name)).containsExactly(id);
            assertThat(get("/api/v1/campaigns/" + id)).hasStatus(HttpStatus.OK);
            assertThat(get("/api/v1/campaigns/%d/costs".formatted(id))).hasStatus(HttpStatus.OK);
        }
    }

    @Test
    void withoutCampaignPermissionsChangesAnswer403AndNothingChanges() {
        token = users.tokenOf(marketer);
        long id = campaign(unique("电话营销"), "100", "2026-09-01", "2026-09-30");
        String before = row(id);
        long campaigns = count("campaign");

        token = users.tokenOf(rep);
        assertThat(post("/api/v1/campaigns", """
                {"name": "x", "channel": "EMAIL", "budget": 1, "startDate": "2026-01-01", "endDate": "2026-01-02"}"""))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("/api/v1/campaigns/" + id, """
                {"name": "x", "channel": "EMAIL", "budget": 1, "startDate": "2026-09-01", "endDate": "2026-09-30",
                 "version": 0}""")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cost(id, "1", "2026-09-01")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(delete("/api/v1/campaigns/" + id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(row(id)).isEqualTo(before);
        assertThat(count("campaign")).isEqualTo(campaigns);
    }

    @Test
    void listsFilterByStatusChannelAndPeriodAndSort() {
        token = users.tokenOf(marketer);
        String tag = unique("筛选");
        long spring = campaign(tag + " 春", "100", "2026-03-01", "2026-03-31");
        long summer = campaign(tag + " 夏", "300", "2026-06-01", "2026-06-30");
        assertThat(post("/api/v1/campaigns/%d/status".formatted(summer), "{\"status\": \"ACTIVE\", \"version\": 0}"))
                .hasStatusOk();

        assertThat(ids("/api/v1/campaigns?q=" + tag)).containsExactly(summer, spring);
        assertThat(ids("/api/v1/campaigns?sort=budget,asc&q=" + tag)).containsExactly(spring, summer);
        assertThat(ids("/api/v1/campaigns?status=ACTIVE&q=" + tag)).containsExactly(summer);
        assertThat(ids("/api/v1/campaigns?channel=EMAIL&q=" + tag)).isEmpty();
        assertThat(ids("/api/v1/campaigns?from=2026-03-15&to=2026-04-15&q=" + tag)).containsExactly(spring);
        assertThat(ids("/api/v1/campaigns?ownerId=%d&q=%s".formatted(otherMarketer, tag))).isEmpty();
    }

    private List<Long> ids(String path) {
        MvcTestResult page = get(path + "&size=100");
        assertThat(page).hasStatusOk();
        List<Number> ids = JsonPath.read(body(page), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }
}
