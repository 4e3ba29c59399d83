package io.pulsecrm.oltp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.pulsecrm.oltp.support.DealsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every endpoint of products, opportunity products and transfer, contracts, approval flows,
 * payment plans and receipts answers bad input with a 400 naming the field, and writes nothing:
 * the row counts of every table they touch, the document counters and the fixture rows are the
 * same before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealsBadInputIT extends DealsIntegrationTest {

    private static final String LINE = "[{\"productId\": {product}, \"quantity\": 1}]";

    private long product;
    private long deal;
    private long draft;
    private long approved;
    private long plan;
    private long flow;
    private long admin;

    @BeforeAll
    void fixture() {
        admin = userId("admin");
        product = product("100");
        long customer = customerOf(admin);
        deal = idOf(post("/api/v1/opportunities", """
                {"name": "d", "amount": 1, "stageId": %d, "customerId": %d}""".formatted(newStage("10"), customer)));
        draft = draftContract(customer, product, "1");
        approved = approvedContract(customer, product, "10");
        plan = idOf(post("/api/v1/contracts/%d/plans".formatted(approved), """
                {"amount": 100, "dueDate": "2026-06-01", "method": "CASH"}"""));
        flow = idOf(post("/api/v1/approval-flows", """
                {"name": "disabled", "enabled": false, "steps": [{"approverType": "USER", "userId": %d}]}""".formatted(admin)));
    }

    static Stream<Arguments> badRequests() {
        List<Arguments> cases = new ArrayList<>();
        String products = "/api/v1/products";
        bad(cases, "POST", products, "{\"name\": \"n\", \"price\": 1}", "code");
        bad(cases, "POST", products, "{\"code\": \"a b\", \"name\": \"n\", \"price\": 1}", "code");
        bad(cases, "POST", products, "{\"code\": \"" + "c".repeat(33) + "\", \"name\": \"n\", \"price\": 1}", "code");
        bad(cases, "POST", products, "{\"code\": \"x\", \"name\": \" \", \"price\": 1}", "name");
        bad(cases, "POST", products, "{\"code\": \"x\", \"name\": \"n\", \"price\": -1}", "price");
        bad(cases, "POST", products, "{\"code\": \"x\", \"name\": \"n\", \"price\": 1.001}", "price");
        bad(cases, "POST", products, "{\"code\": \"x\", \"name\": \"n\", \"price\": \"1\"}", "price");
        bad(cases, "POST", products, "{\"code\": \"x\", \"name\": \"n\", \"price\": 1, \"unit\": \"" + "u".repeat(17) + "\"}", "unit");
        bad(cases, "POST", products, "{\"code\": \"x\", \"name\": \"n\", \"price\": 1, \"active\": \"yes\"}", "active");
        bad(cases, "POST", products, "{\"code\": \"x\", \"name\": \"n\", \"price\": 1, \"colour\": \"red\"}", "colour");
        bad(cases, "PUT", products + "/{product}", "{\"code\": \"x\", \"name\": \"n\", \"price\": 1, \"active\": true}", "version");
        bad(cases, "PUT", products + "/{product}", "{\"code\": \"x\", \"name\": \"n\", \"price\": 1, \"version\": 0}", "active");
        bad(cases, "GET", products + "?size=0", null, "size");
        bad(cases, "GET", products + "?sort=secret", null, "sort");
        bad(cases, "GET", products + "?active=maybe", null, "active");
        bad(cases, "DELETE", products + "/x", null, "id");

        String lines = "/api/v1/opportunities/{deal}/products";
        bad(cases, "PUT", lines, "{\"lines\": []}", "version");
        bad(cases, "PUT", lines, "{\"version\": 0}", "lines");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [null]}", "lines[0]");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [{\"quantity\": 1}]}", "lines[0].productId");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [{\"productId\": 9223372036854775807, \"quantity\": 1}]}",
                "lines[0].productId");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [{\"productId\": {product}, \"quantity\": 0}]}", "lines[0].quantity");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [{\"productId\": {product}, \"quantity\": 1.001}]}",
                "lines[0].quantity");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [{\"productId\": {product}, \"quantity\": 1, \"discount\": 100.5}]}",
                "lines[0].discount");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [{\"productId\": {product}, \"quantity\": 1, \"discount\": -1}]}",
                "lines[0].discount");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [{\"productId\": {product}, \"quantity\": 1, \"unitPrice\": -1}]}",
                "lines[0].unitPrice");
        bad(cases, "PUT", lines, "{\"version\": 0, \"lines\": [{\"productId\": {product}, \"quantity\": 1}, {\"productId\": {product}, "
                + "\"quantity\": \"many\"}]}", "lines[1].quantity");
        String opp = "/api/v1/opportunities";
        bad(cases, "POST", opp, "{\"name\": \"n\", \"amount\": 1, \"stageId\": 1, \"customerId\": \"abc\"}", "customerId");
        bad(cases, "POST", opp, "{\"name\": \"n\", \"amount\": 1, \"stageId\": 1, \"customerId\": 0}", "customerId");
        bad(cases, "POST", opp + "/{deal}/won", "{\"reason\": \"" + "r".repeat(501) + "\"}", "reason");
        bad(cases, "POST", opp + "/{deal}/won", "{\"version\": -1}", "version");
        bad(cases, "POST", opp + "/transfer", "{\"ids\": [], \"ownerId\": 1}", "ids");
        bad(cases, "POST", opp + "/transfer", "{\"ids\": [{deal}]}", "ownerId");
        bad(cases, "POST", opp + "/transfer", "{\"ids\": [0], \"ownerId\": 1}", "ids[0]");
        bad(cases, "POST", opp + "/transfer", "{\"ids\": [{deal}], \"ownerId\": 9223372036854775807}", "ownerId");
        bad(cases, "GET", opp + "?customerId=x", null, "customerId");

        String contracts = "/api/v1/contracts";
        String terms = "\"name\": \"n\", \"signedOn\": \"2026-03-01\"";
        bad(cases, "POST", contracts, "{" + terms + ", \"lines\": " + LINE + "}", "customerId");
        bad(cases, "POST", contracts, "{\"name\": \"n\", \"customerId\": {customer}, \"lines\": " + LINE + "}", "signedOn");
        bad(cases, "POST", contracts, "{\"name\": \"n\", \"customerId\": {customer}, \"signedOn\": \"2026-13-01\", \"lines\": "
                + LINE + "}", "signedOn");
        bad(cases, "POST", contracts, "{" + terms + ", \"customerId\": {customer}, \"startDate\": \"2026-03-02\", "
                + "\"endDate\": \"2026-03-01\", \"lines\": " + LINE + "}", "endDate");
        bad(cases, "POST", contracts, "{" + terms + ", \"number\": \"HT 1\", \"customerId\": {customer}, \"lines\": " + LINE + "}",
                "number");
        bad(cases, "POST", contracts, "{" + terms + ", \"customerId\": {customer}, \"lines\": []}", "lines");
        bad(cases, "POST", contracts, "{" + terms + ", \"customerId\": {customer}}", "lines");
        bad(cases, "POST", contracts, "{" + terms + ", \"customerId\": {customer}, \"lines\": [{\"productId\": {product}, "
                + "\"quantity\": -1}]}", "lines[0].quantity");
        bad(cases, "POST", contracts, "{" + terms + ", \"customerId\": 9223372036854775807, \"lines\": " + LINE + "}", "customerId");
        bad(cases, "POST", contracts, "{" + terms + ", \"opportunityId\": 9223372036854775807}", "opportunityId");
        bad(cases, "POST", contracts, "{" + terms + ", \"customerId\": {customer}, \"remark\": \"" + "r".repeat(2001)
                + "\", \"lines\": " + LINE + "}", "remark");
        bad(cases, "POST", contracts, "{" + terms + ", \"customerId\": {customer}, \"colour\": 1, \"lines\": " + LINE + "}",
                "colour");
        bad(cases, "PUT", contracts + "/{draft}", "{" + terms + ", \"lines\": " + LINE + "}", "version");
        bad(cases, "PUT", contracts + "/{draft}", "{" + terms + ", \"version\": 0}", "lines");
        bad(cases, "PUT", contracts + "/{draft}", "{\"name\": \"\", \"signedOn\": \"2026-03-01\", \"version\": 0, \"lines\": "
                + LINE + "}", "name");
        bad(cases, "POST", contracts + "/{draft}/submit", "{}", "version");
        bad(cases, "POST", contracts + "/{draft}/approve", "{\"comment\": \"" + "c".repeat(1001) + "\", \"version\": 0}",
                "comment");
        bad(cases, "POST", contracts + "/{draft}/reject", "{\"version\": 0}", "comment");
        bad(cases, "POST", contracts + "/{approved}/cancel", "{\"version\": \"v\"}", "version");
        bad(cases, "POST", contracts + "/transfer", "{\"ids\": [{draft}]}", "ownerId");
        bad(cases, "GET", contracts + "?status=done", null, "status");
        bad(cases, "GET", contracts + "?signedFrom=yesterday", null, "signedFrom");
        bad(cases, "GET", contracts + "?sort=ownerId", null, "sort");
        bad(cases, "GET", contracts + "/abc", null, "id");
        bad(cases, "GET", contracts + "/approvals/pending?size=101", null, "size");

        String flows = "/api/v1/approval-flows";
        bad(cases, "POST", flows, "{\"name\": \"f\", \"steps\": []}", "steps");
        bad(cases, "POST", flows, "{\"name\": \"f\", \"steps\": [{\"approverType\": \"GROUP\", \"roleId\": 1}]}",
                "steps[0].approverType");
        bad(cases, "POST", flows, "{\"name\": \"f\", \"steps\": [{\"approverType\": \"USER\"}]}", "steps[0].userId");
        bad(cases, "POST", flows, "{\"name\": \"f\", \"steps\": [{\"approverType\": \"USER\", \"userId\": 9223372036854775807}]}",
                "steps[0].userId");
        bad(cases, "POST", flows, "{\"name\": \"\", \"steps\": [{\"approverType\": \"USER\", \"userId\": {admin}}]}", "name");
        bad(cases, "PUT", flows + "/{flow}", "{\"name\": \"f\", \"enabled\": false, \"steps\": [{\"approverType\": \"USER\", "
                + "\"userId\": {admin}}]}", "version");

        String plans = "/api/v1/contracts/{approved}/plans";
        bad(cases, "POST", plans, "{\"dueDate\": \"2026-06-01\", \"method\": \"CASH\"}", "amount");
        bad(cases, "POST", plans, "{\"amount\": 0, \"dueDate\": \"2026-06-01\", \"method\": \"CASH\"}", "amount");
        bad(cases, "POST", plans, "{\"amount\": 1.234, \"dueDate\": \"2026-06-01\", \"method\": \"CASH\"}", "amount");
        bad(cases, "POST", plans, "{\"amount\": 900.01, \"dueDate\": \"2026-06-01\", \"method\": \"CASH\"}", "amount");
        bad(cases, "POST", plans, "{\"amount\": 1, \"dueDate\": \"2026-06-01\", \"method\": \"PAYPAL\"}", "method");
        bad(cases, "POST", plans, "{\"amount\": 1, \"dueDate\": \"2026-06-01\", \"method\": \"CASH\", \"reminderDays\": 366}",
                "reminderDays");
        bad(cases, "POST", plans, "{\"amount\": 1, \"dueDate\": \"2026-06-01\", \"method\": \"CASH\", \"reminderDays\": -1}",
                "reminderDays");
        bad(cases, "POST", plans, "{\"amount\": 1, \"dueDate\": \"2026-02-28\", \"method\": \"CASH\"}", "dueDate");
        bad(cases, "PUT", plans + "/{plan}", "{\"amount\": 1, \"dueDate\": \"2026-06-01\", \"method\": \"CASH\", "
                + "\"reminderDays\": 1}", "version");
        bad(cases, "POST", "/api/v1/contracts/abc/plans", "{\"amount\": 1, \"dueDate\": \"2026-06-01\", \"method\": \"CASH\"}",
                "id");

        String receipts = "/api/v1/receipts";
        String paid = "\"receivedOn\": \"2026-04-01\", \"method\": \"CASH\"";
        bad(cases, "POST", receipts, "{\"amount\": 1, " + paid + "}", "contractId");
        bad(cases, "POST", receipts, "{\"contractId\": 9223372036854775807, \"amount\": 1, " + paid + "}", "contractId");
        bad(cases, "POST", receipts, "{\"contractId\": {approved}, \"amount\": 0, " + paid + "}", "amount");
        bad(cases, "POST", receipts, "{\"contractId\": {approved}, \"amount\": -5, " + paid + "}", "amount");
        bad(cases, "POST", receipts, "{\"contractId\": {approved}, \"amount\": 1.001, " + paid + "}", "amount");
        bad(cases, "POST", receipts, "{\"contractId\": {approved}, \"amount\": 1, \"method\": \"CASH\"}", "receivedOn");
        bad(cases, "POST", receipts, "{\"contractId\": {approved}, \"amount\": 1, \"receivedOn\": \"2026-04-01\", "
                + "\"method\": \"BITCOIN\"}", "method");
        bad(cases, "POST", receipts, "{\"contractId\": {approved}, \"planId\": 9223372036854775807, \"amount\": 1, " + paid + "}",
                "planId");
        bad(cases, "GET", receipts + "?receivedFrom=2026-02-30", null, "receivedFrom");
        bad(cases, "GET", receipts + "?contractId=x", null, "contractId");
        bad(cases, "DELETE", receipts + "/1.5", null, "id");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = snapshot();

        MvcTestResult result = sendFilled(method, path, json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().doesNotContainNull();
        assertThat(snapshot()).isEqualTo(before);
    }

    private MvcTestResult sendFilled(String method, String path, String json) {
        return send(method, fill(path), json == null ? null : fill(json));
    }

    private String fill(String text) {
        long customer = jdbc.sql("select customer_id from contract where id = ?").param(draft).query(Long.class).single();
        return text.replace("{product}", Long.toString(product)).replace("{deal}", Long.toString(deal))
                .replace("{draft}", Long.toString(draft)).replace("{approved}", Long.toString(approved))
                .replace("{plan}", Long.toString(plan)).replace("{flow}", Long.toString(flow))
                .replace("{admin}", Long.toString(admin)).replace("{customer}", Long.toString(customer));
    }

    private String snapshot() {
        StringBuilder parts = new StringBuilder();
        for (String table : List.of("product", "opportunity", "opportunity_product", "contract", "contract_line",
                "approval_flow", "approval_step", "approval_record", "payment_plan", "receipt", "operation_log")) {
            parts.append(jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from " + table)
                    .query(String.class).single()).append('|');
        }
        parts.append(jdbc.sql("select coalesce(sum(last_value), 0) from document_counter").query(Long.class).single());
        parts.append(row("product", product)).append(row("opportunity", deal)).append(row("contract", draft))
                .append(row("contract", approved)).append(row("payment_plan", plan)).append(row("approval_flow", flow));
        return parts.toString();
    }

    private static void bad(List<Arguments> cases, String method, String path, String json, String field) {
        cases.add(Arguments.of(method, path, json, field));
    }
}
