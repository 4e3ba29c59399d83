package io.pulsecrm.oltp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.support.DealsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The whole way of a deal through the REST API: a rep's customer, an opportunity priced from
 * products, won, a contract made from it, approved by the holder of step 1's role and then by
 * step 2's user, planned and paid in receipts until every plan is paid. Its own organization:
 *
 * <pre>
 * sales: manager M (SALES_MANAGER) → rep R (SALES_REP)
 * finance: F (custom role FIN: contract:view, contract:approve, SELF)
 * board: D (SALES_REP + custom role with contract:approve)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealLifecycleIT extends DealsIntegrationTest {

    private long manager;
    private long rep;
    private long finance;
    private long director;
    private long financeRole;

    @BeforeAll
    void organization() {
        long sales = users.department(null);
        manager = users.user(sales, null, "SALES_MANAGER");
        rep = users.user(sales, manager, "SALES_REP");
        financeRole = customRole("SELF", "contract:view", "contract:approve");
        finance = users.user(users.department(null), null);
        grantRole(finance, financeRole);
        director = users.user(users.department(null), null, "SALES_REP");
        grantRole(director, customRole("SELF", "contract:view", "contract:approve"));
    }

    @Test
    void customerToOpportunityToApprovedContractToPaidPlans() {
        enableFlow("""
                [{"approverType": "ROLE", "roleId": %d}, {"approverType": "USER", "userId": %d}]"""
                .formatted(financeRole, director));
        long stage = newStage("60");
        long licence = product("1999.00");
        long setup = product("0.05");
        token = users.tokenOf(rep);
        long customer = customerOf(rep);

        // an opportunity under the customer, priced from its products
        MvcTestResult deal = post("/api/v1/opportunities", """
                {"name": "云帆 CRM 三年订阅", "amount": 0, "stageId": %d, "customerId": %d}""".formatted(stage, customer));
        assertThat(deal).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"customerId": %d, "ownerId": %d, "amount": 0.00}""".formatted(customer, rep));
        long opportunity = idOf(deal);
        MvcTestResult priced = put("/api/v1/opportunities/%d/products".formatted(opportunity), """
                {"version": 0, "lines": [{"productId": %d, "quantity": 3, "discount": 10},
                                         {"productId": %d, "quantity": 1, "discount": 10}]}""".formatted(licence, setup));
        // 3 × 1999 × 0.9 = 5397.30; 1 × 0.05 × 0.9 = 0.045 → 0.05 (half up)
        assertThat(priced).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"amount": 5397.35, "version": 1, "lines": [{"productId": %d, "unitPrice": 1999.00, "lineAmount": 5397.30},
                 {"productId": %d, "unitPrice": 0.05, "lineAmount": 0.05}]}""".formatted(licence, setup));
        assertThat(amountOf("opportunity", "amount", opportunity)).isEqualByComparingTo("5397.35");
        assertThat(post("/api/v1/opportunities/%d/won".formatted(opportunity), """
                {"reason": "价格与服务都更优", "version": 1}""")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"status\": \"WON\", \"wonReason\": \"价格与服务都更优\"}");

        // a contract from the won deal takes its customer and its lines
        MvcTestResult drafted = post("/api/v1/contracts", """
                {"name": "云帆 CRM 三年订阅合同", "opportunityId": %d, "signedOn": "2026-03-01",
                 "startDate": "2026-03-01", "endDate": "2029-02-28"}""".formatted(opportunity));
        assertThat(drafted).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"customerId": %d, "opportunityId": %d, "status": "DRAFT", "totalAmount": 5397.35,
                 "receivedAmount": 0.00, "lines": [{"position": 1, "lineAmount": 5397.30}, {"position": 2, "lineAmount": 0.05}]}"""
                .formatted(customer, opportunity));
        long contract = idOf(drafted);
        assertThat(read(drafted, "$.number").toString()).matches("HT-\\d{8}-\\d{4,}");

        // submitted: step 1 waits for the finance role
        assertThat(post("/api/v1/contracts/%d/submit".formatted(contract), "{\"version\": 0}")).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"status\": \"PENDING_APPROVAL\", \"currentStep\": 1}");

        // neither the rep's manager (who sees it: 403) nor step 2's user (who does not yet: 404) decides step 1
        String before = row("contract", contract);
        long decisions = countWhere("approval_record", "subject_id", contract);
        token = users.tokenOf(manager);
        assertThat(post("/api/v1/contracts/%d/approve".formatted(contract), "{\"version\": 1}"))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("not-current-approver");
        assertThat(post("/api/v1/contracts/%d/reject".formatted(contract), "{\"comment\": \"不行\", \"version\": 1}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        token = users.tokenOf(director);
        assertThat(post("/api/v1/contracts/%d/approve".formatted(contract), "{\"version\": 1}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(row("contract", contract)).isEqualTo(before);
        assertThat(countWhere("approval_record", "subject_id", contract)).isEqualTo(decisions);

        // the finance role's holder sees it waiting, reads it although it is not in their scope, approves step 1
        token = users.tokenOf(finance);
        assertThat(ids(get("/api/v1/contracts/approvals/pending?size=100"), "$.items[*].id")).contains(contract);
        assertThat(get("/api/v1/contracts/" + contract)).hasStatusOk();
        assertThat(ids(get("/api/v1/contracts?size=100"), "$.items[*].id")).doesNotContain(contract);
        assertThat(post("/api/v1/contracts/%d/approve".formatted(contract), """
                {"comment": "金额无误", "version": 1}""")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"status\": \"PENDING_APPROVAL\", \"currentStep\": 2}");
        assertThat(ids(get("/api/v1/contracts/approvals/pending?size=100"), "$.items[*].id")).doesNotContain(contract);
        assertThat(get("/api/v1/contracts/" + contract)).hasStatus(HttpStatus.NOT_FOUND);

        // step 2's user approves: the contract is approved and the customer has a deal
        token = users.tokenOf(director);
        assertThat(post("/api/v1/contracts/%d/approve".formatted(contract), "{\"version\": 2}")).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"status\": \"APPROVED\", \"currentStep\": null}");
        assertThat(jdbc.sql("select deal_status from customer where id = ?").param(customer).query(String.class).single())
                .isEqualTo("DEAL");
        assertThat(jdbc.sql("select last_deal_at is not null from customer where id = ?").param(customer)
                .query(Boolean.class).single()).isTrue();

        token = users.tokenOf(rep);
        assertThat(get("/api/v1/contracts/%d/approvals".formatted(contract))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        [{"step": 0, "decision": "SUBMITTED", "approverId": %d},
                         {"step": 1, "decision": "APPROVED", "approverId": %d, "comment": "金额无误"},
                         {"step": 2, "decision": "APPROVED", "approverId": %d}]""".formatted(rep, finance, director));

        // two plans: one far ahead, one already due; receipts pay them off
        MvcTestResult first = post("/api/v1/contracts/%d/plans".formatted(contract), """
                {"amount": 3000, "dueDate": "2099-01-31", "method": "BANK_TRANSFER"}""");
        assertThat(first).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"seq": 1, "status": "PENDING", "reminderDays": 3, "remindOn": "2099-01-28", "ownerId": %d}""".formatted(rep));
        long plan1 = idOf(first);
        long plan2 = idOf(post("/api/v1/contracts/%d/plans".formatted(contract), """
                {"amount": 2397.35, "dueDate": "2026-03-10", "method": "WECHAT", "reminderDays": 0}"""));
        assertThat(statuses(contract)).containsExactly("PENDING", "OVERDUE");

        MvcTestResult receipt = post("/api/v1/receipts", """
                {"contractId": %d, "planId": %d, "amount": 1000, "receivedOn": "2026-04-01", "method": "BANK_TRANSFER"}"""
                .formatted(contract, plan1));
        assertThat(receipt).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"contractId": %d, "planId": %d, "customerId": %d, "amount": 1000.00, "ownerId": %d}"""
                .formatted(contract, plan1, customer, rep));
        assertThat(read(receipt, "$.number").toString()).matches("HK-\\d{8}-\\d{4,}");
        assertThat(statuses(contract)).containsExactly("PARTLY_PAID", "OVERDUE");

        assertThat(post("/api/v1/receipts", """
                {"contractId": %d, "planId": %d, "amount": 2000.00, "receivedOn": "2026-05-01", "method": "BANK_TRANSFER"}"""
                .formatted(contract, plan1))).hasStatus(HttpStatus.CREATED);
        assertThat(post("/api/v1/receipts", """
                {"contractId": %d, "planId": %d, "amount": 2397.35, "receivedOn": "2026-05-02", "method": "WECHAT"}"""
                .formatted(contract, plan2))).hasStatus(HttpStatus.CREATED);
        assertThat(statuses(contract)).containsExactly("PAID", "PAID");
        assertThat(amountOf("contract", "received_amount", contract)).isEqualByComparingTo("5397.35");
        assertThat(amountOf("payment_plan", "received_amount", plan2)).isEqualByComparingTo("2397.35");

        // fully received: not a cent more
        MvcTestResult over = post("/api/v1/receipts", """
                {"contractId": %d, "amount": 0.01, "receivedOn": "2026-05-03", "method": "CASH"}""".formatted(contract));
        assertThat(over).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.errors[0].field").isEqualTo("amount");

        assertThat(actions(get("/api/v1/opportunities/%d/logs".formatted(opportunity))))
                .contains("CREATE", "UPDATE", "WIN");
        assertThat(actions(get("/api/v1/contracts/%d/logs".formatted(contract))))
                .contains("CREATE", "SUBMIT", "APPROVE", "UPDATE");
        assertThat(ids(get("/api/v1/receipts?contractId=" + contract), "$.items[*].id")).hasSize(3);
    }

    private List<String> statuses(long contract) {
        MvcTestResult plans = get("/api/v1/contracts/%d/plans".formatted(contract));
        assertThat(plans).hasStatusOk();
        return read(plans, "$[*].status");
    }

    private static List<String> actions(MvcTestResult logs) {
        assertThat(logs).hasStatusOk();
        List<Map<String, Object>> entries = read(logs, "$");
        return entries.stream().map(entry -> (String) entry.get("action")).toList();
    }
}
