package io.pulsecrm.oltp.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.pulsecrm.oltp.support.DealsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Deals under customers: who may open one for which customer, where its campaign comes from, its
 * products and amount, won and lost reasons, transfers and filters. Its own organization:
 * manager M → reps A and B in one department; rep O elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunityDealsIT extends DealsIntegrationTest {

    private long manager;
    private long repA;
    private long repB;
    private long outsider;
    private long stage;

    @BeforeAll
    void organization() {
        long sales = users.department(null);
        manager = users.user(sales, null, "SALES_MANAGER");
        repA = users.user(sales, manager, "SALES_REP");
        repB = users.user(sales, manager, "SALES_REP");
        outsider = users.user(users.department(null), null, "SALES_REP");
        stage = newStage("30");
    }

    @BeforeEach
    void actAsRepA() {
        token = users.tokenOf(repA);
    }

    private MvcTestResult open(long customer, Long campaign) {
        return post("/api/v1/opportunities", """
                {"name": "商机", "amount": 500, "stageId": %d, "customerId": %d, "campaignId": %s}"""
                .formatted(stage, customer, campaign));
    }

    @Test
    void aDealIsOpenedOnlyUnderACustomerTheRepCanRead() {
        long before = count("opportunity");

        assertThat(open(Long.MAX_VALUE, null)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("customerId");
        assertThat(open(customerOf(outsider), null)).hasStatus(HttpStatus.FORBIDDEN).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("customerId");
        assertThat(open(pooledCustomer(), null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("/api/v1/opportunities", """
                {"name": "商机", "amount": 500, "stageId": %d}""".formatted(stage)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerId");
        assertThat(count("opportunity")).isEqualTo(before);

        MvcTestResult opened = open(customerOf(repA), null);
        assertThat(opened).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"ownerId": %d, "createdBy": %d, "status": "OPEN"}""".formatted(repA, repA));
    }

    @Test
    void theCampaignComesFromTheCustomerUnlessOneIsGiven() {
        long sourced = campaignOf(manager);
        long other = campaignOf(manager);
        long customer = customerOf(repA, sourced);

        assertThat(open(customer, null)).bodyJson().extractingPath("$.campaignId").isEqualTo((int) sourced);
        assertThat(open(customer, other)).bodyJson().extractingPath("$.campaignId").isEqualTo((int) other);
        assertThat(open(customer, Long.MAX_VALUE)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("campaignId");
    }

    @Test
    void productsSetTheAmountWhichThenFollowsThem() {
        long deal = idOf(open(customerOf(repA), null));
        long product = product("33.33");

        MvcTestResult priced = put("/api/v1/opportunities/%d/products".formatted(deal), """
                {"version": 0, "lines": [{"productId": %d, "quantity": 3, "unitPrice": 33.33, "discount": 0.5}]}"""
                .formatted(product));
        // 3 × 33.33 × 0.995 = 99.49005 → 99.49
        assertThat(priced).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"amount\": 99.49, \"version\": 1}");

        assertThat(put("/api/v1/opportunities/" + deal, """
                {"name": "改名", "amount": 500, "version": 1}""")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .isLenientlyEqualTo("{\"code\": \"amount-from-products\", \"errors\": [{\"field\": \"amount\"}]}");
        assertThat(put("/api/v1/opportunities/" + deal, """
                {"name": "改名", "amount": 99.49, "version": 1}""")).hasStatusOk();

        // no lines: the amount stays and is the rep's to change again
        assertThat(put("/api/v1/opportunities/%d/products".formatted(deal), "{\"version\": 2, \"lines\": []}"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("{\"amount\": 99.49, \"lines\": []}");
        assertThat(put("/api/v1/opportunities/" + deal, """
                {"name": "改名", "amount": 500, "version": 3}""")).hasStatusOk();
    }

    @Test
    void anInactiveProductMayStayOnADealButJoinsNoNewOne() {
        long product = product("10");
        long deal = idOf(open(customerOf(repA), null));
        String lines = "{\"version\": %d, \"lines\": [{\"productId\": %d, \"quantity\": 1}]}";
        assertThat(put("/api/v1/opportunities/%d/products".formatted(deal), lines.formatted(0, product))).hasStatusOk();
        jdbc.sql("update product set active = false where id = ?").param(product).update();
        long other = idOf(open(customerOf(repA), null));

        assertThat(put("/api/v1/opportunities/%d/products".formatted(deal), lines.formatted(1, product))).hasStatusOk();
        MvcTestResult refused = put("/api/v1/opportunities/%d/products".formatted(other), lines.formatted(0, product));

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("lines[0].productId");
        assertThat(countWhere("opportunity_product", "opportunity_id", other)).isZero();
    }

    @Test
    void aClosedDealsProductsCannotChange() {
        long deal = idOf(open(customerOf(repA), null));
        assertThat(post("/api/v1/opportunities/%d/won".formatted(deal), "")).hasStatusOk();

        assertThat(put("/api/v1/opportunities/%d/products".formatted(deal), """
                {"version": 1, "lines": [{"productId": %d, "quantity": 1}]}""".formatted(product("1"))))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("opportunity-closed");
        assertThat(countWhere("opportunity_product", "opportunity_id", deal)).isZero();
    }

    @Test
    void wonTakesAnOptionalReasonLostARequiredOneAndEveryStepIsLogged() {
        token = null;
        long other = newStage("70");
        token = users.tokenOf(repA);
        long won = idOf(open(customerOf(repA), null));
        long lost = idOf(open(customerOf(repA), null));

        assertThat(post("/api/v1/opportunities/%d/stage".formatted(won), "{\"stageId\": %d, \"version\": 0}"
                .formatted(other))).hasStatusOk();
        assertThat(post("/api/v1/opportunities/%d/won".formatted(won), "{\"reason\": \"方案最优\"}")).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"status\": \"WON\", \"wonReason\": \"方案最优\", \"lostReason\": null}");
        assertThat(post("/api/v1/opportunities/%d/reopen".formatted(won), "{\"version\": 2}")).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"status\": \"OPEN\", \"wonReason\": null}");
        assertThat(post("/api/v1/opportunities/%d/lost".formatted(lost), "{}")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("/api/v1/opportunities/%d/lost".formatted(lost), "{\"reason\": \"预算取消\", \"version\": 5}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(post("/api/v1/opportunities/%d/lost".formatted(lost), "{\"reason\": \"预算取消\"}")).hasStatusOk();

        assertThat(actions(won)).containsExactly("REOPEN", "WIN", "MOVE", "CREATE");
        assertThat(actions(lost)).containsExactly("LOSE", "CREATE");
        assertThat(delete("/api/v1/opportunities/" + lost)).hasStatus(HttpStatus.FORBIDDEN);
        token = users.tokenOf(manager);
        assertThat(delete("/api/v1/opportunities/" + lost)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("select action from operation_log where entity_type = 'OPPORTUNITY' and entity_id = ? "
                + "order by id desc limit 1").param(lost).query(String.class).single()).isEqualTo("DELETE");
    }

    @Test
    void aTransferHandsEveryDealOrNone() {
        long mine = idOf(open(customerOf(repA), null));
        token = users.tokenOf(outsider);
        long theirs = idOf(open(customerOf(outsider), null));
        token = users.tokenOf(manager);
        String before = row("opportunity", mine) + row("opportunity", theirs);

        assertThat(post("/api/v1/opportunities/transfer", "{\"ids\": [%d, %d], \"ownerId\": %d}"
                .formatted(mine, theirs, repB))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/opportunities/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(mine, outsider)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("ownerId");
        assertThat(row("opportunity", mine) + row("opportunity", theirs)).isEqualTo(before);

        assertThat(post("/api/v1/opportunities/transfer", "{\"ids\": [%d, %d], \"ownerId\": %d}"
                .formatted(mine, mine, repB))).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                [{"id": %d, "ownerId": %d}]""".formatted(mine, repB));
        assertThat(jdbc.sql("select owner_dept_id = (select department_id from app_user where id = ?) from opportunity where id = ?")
                .params(repB, mine).query(Boolean.class).single()).isTrue();
        assertThat(actions(mine)).first().isEqualTo("TRANSFER");

        token = users.tokenOf(repA);
        assertThat(get("/api/v1/opportunities/" + mine)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/opportunities/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(mine, repA)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void listsFilterByCustomerOwnerAndCampaignWithinTheScope() {
        long campaign = campaignOf(manager);
        long customerA = customerOf(repA, campaign);
        long a1 = idOf(open(customerA, null));
        long a2 = idOf(open(customerOf(repA), null));
        token = users.tokenOf(repB);
        long b1 = idOf(open(customerOf(repB), campaign));

        token = users.tokenOf(manager);
        assertThat(ids(get("/api/v1/opportunities?customerId=" + customerA), "$.items[*].id")).containsExactly(a1);
        assertThat(ids(get("/api/v1/opportunities?campaignId=%d&sort=id".formatted(campaign)), "$.items[*].id"))
                .containsExactly(a1, b1);
        assertThat(ids(get("/api/v1/opportunities?ownerId=%d&size=100".formatted(repA)), "$.items[*].id"))
                .contains(a1, a2).doesNotContain(b1);
        token = users.tokenOf(repA);
        assertThat(ids(get("/api/v1/opportunities?campaignId=" + campaign), "$.items[*].id")).containsExactly(a1);
        assertThat(get("/api/v1/opportunities?ownerId=" + repB)).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
    }

    private List<String> actions(long deal) {
        MvcTestResult logs = get("/api/v1/opportunities/%d/logs".formatted(deal));
        assertThat(logs).hasStatusOk();
        return read(logs, "$[*].action");
    }
}
