package io.pulsecrm.oltp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.pulsecrm.oltp.support.DealsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Contracts through the REST API: numbers, lines, editing, the approval flow's rules, cancel, delete, transfer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractApiIT extends DealsIntegrationTest {

    private long manager;
    private long rep;
    private long otherRep;
    private long approver;
    private long product;

    @BeforeAll
    void organization() {
        long sales = users.department(null);
        manager = users.user(sales, null, "SALES_MANAGER");
        rep = users.user(sales, manager, "SALES_REP");
        otherRep = users.user(users.department(null), null, "SALES_REP");
        approver = users.user(users.department(null), null);
        grantRole(approver, customRole("SELF", "contract:view", "contract:approve"));
        product = product("100.00");
    }

    private void asRep() {
        token = users.tokenOf(rep);
    }

    private long pendingContract() {
        enableFlow("[{\"approverType\": \"USER\", \"userId\": %d}]".formatted(approver));
        asRep();
        long id = draftContract(customerOf(rep), product, "2");
        assertThat(post("/api/v1/contracts/%d/submit".formatted(id), "{\"version\": 0}")).hasStatusOk();
        return id;
    }

    @Test
    void withoutANumberTheServerGivesTheNextOfTheDayInShanghai() {
        asRep();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);

        MvcTestResult first = get("/api/v1/contracts/" + draftContract(customerOf(rep), product, "1"));
        MvcTestResult second = get("/api/v1/contracts/" + draftContract(customerOf(rep), product, "1"));

        String a = read(first, "$.number");
        String b = read(second, "$.number");
        assertThat(a).startsWith("HT-" + today + "-");
        assertThat(Integer.parseInt(b.substring(b.lastIndexOf('-') + 1)))
                .isGreaterThan(Integer.parseInt(a.substring(a.lastIndexOf('-') + 1)));
    }

    @Test
    void aGivenNumberMustBeUniqueWhateverItsCase() {
        asRep();
        long customer = customerOf(rep);
        String number = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"number": "%s", "name": "n", "customerId": %d, "signedOn": "2026-03-01",
                 "lines": [{"productId": %d, "quantity": 1}]}""";
        assertThat(post("/api/v1/contracts", body.formatted(number, customer, product))).hasStatus(HttpStatus.CREATED);
        long before = count("contract");

        MvcTestResult again = post("/api/v1/contracts", body.formatted(number.toUpperCase(), customer, product));

        assertThat(again).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"code": "contract-number-taken", "errors": [{"field": "number"}]}""");
        assertThat(count("contract")).isEqualTo(before);
    }

    @Test
    void linesArePricedOnTheServerWithASnapshotOfTheProductName() {
        asRep();
        MvcTestResult created = post("/api/v1/contracts", """
                {"name": "n", "customerId": %d, "signedOn": "2026-03-01",
                 "lines": [{"productId": %d, "quantity": 2.5, "unitPrice": 80, "discount": 12.5},
                           {"productId": %d, "quantity": 1}]}""".formatted(customerOf(rep), product, product));
        long id = idOf(created);
        String name = jdbc.sql("select name from product where id = ?").param(product).query(String.class).single();
        jdbc.sql("update product set name = 'renamed later' where id = ?").param(product).update();
        try {
            // 2.5 × 80 × 0.875 = 175.00; 1 × 100 = 100.00
            assertThat(get("/api/v1/contracts/" + id)).bodyJson().isLenientlyEqualTo("""
                    {"totalAmount": 275.00, "lines": [{"position": 1, "productName": "%s", "lineAmount": 175.00},
                     {"position": 2, "unitPrice": 100.00, "discount": 0.00, "lineAmount": 100.00}]}""".formatted(name));
        } finally {
            jdbc.sql("update product set name = ? where id = ?").params(name, product).update();
        }
    }

    @Test
    void aContractMadeFromAnOpportunityIsForItsCustomer() {
        long stage = newStage("10");
        asRep();
        long customer = customerOf(rep);
        long deal = idOf(post("/api/v1/opportunities", """
                {"name": "d", "amount": 1, "stageId": %d, "customerId": %d}""".formatted(stage, customer)));
        long before = count("contract");

        MvcTestResult wrong = post("/api/v1/contracts", """
                {"name": "n", "opportunityId": %d, "customerId": %d, "signedOn": "2026-03-01",
                 "lines": [{"productId": %d, "quantity": 1}]}""".formatted(deal, customerOf(rep), product));
        MvcTestResult dealWithoutLines = post("/api/v1/contracts", """
                {"name": "n", "opportunityId": %d, "signedOn": "2026-03-01"}""".formatted(deal));

        assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("customerId");
        assertThat(dealWithoutLines).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("lines");
        assertThat(count("contract")).isEqualTo(before);
    }

    @Test
    void aCustomerTheRepCannotReadIs403AndAnUnknownOne400() {
        asRep();
        long before = count("contract");
        String body = """
                {"name": "n", "customerId": %d, "signedOn": "2026-03-01", "lines": [{"productId": %d, "quantity": 1}]}""";

        assertThat(post("/api/v1/contracts", body.formatted(customerOf(otherRep), product)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerId");
        assertThat(post("/api/v1/contracts", body.formatted(pooledCustomer(), product)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("/api/v1/contracts", body.formatted(Long.MAX_VALUE, product)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerId");
        assertThat(count("contract")).isEqualTo(before);
    }

    @Test
    void aPendingContractCannotBeEditedUntilRejectedThenItIsReworkedAndSubmittedAgain() {
        long id = pendingContract();
        String update = """
                {"name": "改过的合同", "signedOn": "2026-03-02", "lines": [{"productId": %d, "quantity": 3}], "version": %d}""";

        assertThat(put("/api/v1/contracts/" + id, update.formatted(product, 1)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("contract-not-editable");
        assertThat(countWhere("contract_line", "contract_id", id)).isOne();

        token = users.tokenOf(approver);
        assertThat(post("/api/v1/contracts/%d/reject".formatted(id), "{\"comment\": \"单价需要复核\", \"version\": 1}"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\": \"REJECTED\", \"currentStep\": null}");

        asRep();
        assertThat(put("/api/v1/contracts/" + id, update.formatted(product, 2))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"name\": \"改过的合同\", \"totalAmount\": 300.00, \"status\": \"REJECTED\"}");
        assertThat(post("/api/v1/contracts/%d/submit".formatted(id), "{\"version\": 3}")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"status\": \"PENDING_APPROVAL\", \"currentStep\": 1}");
        assertThat(actionsOf(id)).contains("CREATE", "SUBMIT", "REJECT", "UPDATE");
    }

    @Test
    void aRejectionNeedsACommentAndNothingChangesWithoutOne() {
        long id = pendingContract();
        token = users.tokenOf(approver);
        String before = row("contract", id);

        assertThat(post("/api/v1/contracts/%d/reject".formatted(id), "{\"comment\": \" \", \"version\": 1}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("comment");
        assertThat(row("contract", id)).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsRefusedWith409AndChangesNothing() {
        asRep();
        long id = draftContract(customerOf(rep), product, "1");
        assertThat(put("/api/v1/contracts/" + id, """
                {"name": "first", "signedOn": "2026-03-01", "lines": [{"productId": %d, "quantity": 1}], "version": 0}"""
                .formatted(product))).hasStatusOk();
        String before = row("contract", id);

        MvcTestResult stale = put("/api/v1/contracts/" + id, """
                {"name": "second", "signedOn": "2026-03-01", "lines": [{"productId": %d, "quantity": 9}], "version": 0}"""
                .formatted(product));

        assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"code": "stale-version", "errors": [{"field": "version"}]}""");
        assertThat(post("/api/v1/contracts/%d/submit".formatted(id), "{\"version\": 0}")).hasStatus(HttpStatus.CONFLICT);
        assertThat(row("contract", id)).isEqualTo(before);
    }

    @Test
    void withoutAnEnabledFlowASubmittedContractIsApprovedAtOnce() {
        asRep();
        long customer = customerOf(rep);
        long id = draftContract(customer, product, "1");
        noFlow();

        assertThat(post("/api/v1/contracts/%d/submit".formatted(id), "{\"version\": 0}")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"status\": \"APPROVED\", \"flowId\": null}");
        assertThat(jdbc.sql("select deal_status from customer where id = ?").param(customer).query(String.class).single())
                .isEqualTo("DEAL");
    }

    @Test
    void onlyAnApprovedContractWithoutReceiptsCanBeCancelled() {
        token = users.tokenOf(manager);
        long id = approvedContract(customerOf(manager), product, "1");
        long receipt = idOf(post("/api/v1/receipts", """
                {"contractId": %d, "amount": 10, "receivedOn": "2026-03-05", "method": "CASH"}""".formatted(id)));

        assertThat(post("/api/v1/contracts/%d/cancel".formatted(id), "{\"version\": %d}".formatted(version("contract", id))))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("contract-not-cancellable");
        assertThat(delete("/api/v1/receipts/" + receipt)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(post("/api/v1/contracts/%d/cancel".formatted(id), "{\"version\": %d}".formatted(version("contract", id))))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("CANCELLED");
        assertThat(post("/api/v1/receipts", """
                {"contractId": %d, "amount": 10, "receivedOn": "2026-03-05", "method": "CASH"}""".formatted(id)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("contract-not-approved");
    }

    @Test
    void onlyADraftOrRejectedContractCanBeDeletedAndItsLinesGoWithIt() {
        token = users.tokenOf(manager);
        long approved = approvedContract(customerOf(manager), product, "1");
        long draft = draftContract(customerOf(manager), product, "1");

        assertThat(delete("/api/v1/contracts/" + approved)).hasStatus(HttpStatus.CONFLICT);
        assertThat(delete("/api/v1/contracts/" + draft)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(countWhere("contract_line", "contract_id", draft)).isZero();
        assertThat(get("/api/v1/contracts/" + draft)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from operation_log where entity_type = 'CONTRACT' and entity_id = ? and action = 'DELETE'")
                .param(draft).query(Long.class).single()).isOne();
    }

    @Test
    void theTotalCannotDropBelowWhatThePlansAlreadyPlan() {
        asRep();
        long id = draftContract(customerOf(rep), product, "10");
        assertThat(post("/api/v1/contracts/%d/plans".formatted(id), """
                {"amount": 800, "dueDate": "2026-06-01", "method": "CASH"}""")).hasStatus(HttpStatus.CREATED);
        String before = row("contract", id);

        MvcTestResult shrunk = put("/api/v1/contracts/" + id, """
                {"name": "n", "signedOn": "2026-03-01", "lines": [{"productId": %d, "quantity": 5}], "version": 0}"""
                .formatted(product));

        assertThat(shrunk).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("total-below-plans");
        assertThat(row("contract", id)).isEqualTo(before);
        assertThat(countWhere("contract_line", "contract_id", id)).isOne();
    }

    @Test
    void aTransferMovesContractsWithTheirPlansAndReceiptsAllOrNothing() {
        token = users.tokenOf(rep);
        long mine = approvedContract(customerOf(rep), product, "5");
        long plan = idOf(post("/api/v1/contracts/%d/plans".formatted(mine), """
                {"amount": 500, "dueDate": "2026-06-01", "method": "CASH"}"""));
        long receipt = idOf(post("/api/v1/receipts", """
                {"contractId": %d, "planId": %d, "amount": 100, "receivedOn": "2026-03-05", "method": "CASH"}"""
                .formatted(mine, plan)));
        token = users.tokenOf(otherRep);
        long outOfScope = draftContract(customerOf(otherRep), product, "1");
        long colleague = users.user(jdbc.sql("select department_id from app_user where id = ?").param(rep)
                .query(Long.class).single(), manager, "SALES_REP");
        token = users.tokenOf(manager);
        String before = row("contract", mine) + row("payment_plan", plan) + row("receipt", receipt);

        assertThat(post("/api/v1/contracts/transfer", "{\"ids\": [%d, %d], \"ownerId\": %d}"
                .formatted(mine, outOfScope, colleague))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/contracts/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(mine, otherRep)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("ownerId");
        assertThat(row("contract", mine) + row("payment_plan", plan) + row("receipt", receipt)).isEqualTo(before);

        assertThat(post("/api/v1/contracts/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(mine, colleague)))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("[{\"id\": %d, \"ownerId\": %d}]".formatted(mine, colleague));
        for (String table : new String[] {"contract", "payment_plan", "receipt"}) {
            long id = table.equals("contract") ? mine : table.equals("receipt") ? receipt : plan;
            assertThat(jdbc.sql("select owner_id from " + table + " where id = ?").param(id).query(Long.class).single())
                    .as(table).isEqualTo(colleague);
        }
        assertThat(actionsOf(mine)).contains("TRANSFER");
    }

    @Test
    void enablingAFlowDisablesTheOneBeforeAndAFlowContractsWaitInKeepsItsSteps() {
        long id = pendingContract();
        long flow = jdbc.sql("select flow_id from contract where id = ?").param(id).query(Long.class).single();
        token = null;
        String steps = "[{\"approverType\": \"USER\", \"userId\": %d}]";

        MvcTestResult restep = put("/api/v1/approval-flows/" + flow, """
                {"name": "re-stepped", "enabled": true, "steps": %s, "version": %d}"""
                .formatted(steps.formatted(manager), version("approval_flow", flow)));
        assertThat(restep).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("approval-flow-in-use");

        long next = enableFlow(steps.formatted(manager));
        assertThat(get("/api/v1/approval-flows/" + flow)).bodyJson().extractingPath("$.enabled").isEqualTo(false);
        assertThat(get("/api/v1/approval-flows/" + next)).bodyJson().extractingPath("$.enabled").isEqualTo(true);
        assertThat(delete("/api/v1/approval-flows/" + flow)).hasStatus(HttpStatus.CONFLICT);

        // the contract keeps waiting in the flow it was submitted to
        token = users.tokenOf(approver);
        assertThat(post("/api/v1/contracts/%d/approve".formatted(id), "{\"version\": 1}")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
    }

    @Test
    void flowStepsMustNameRolesAndUsersThatExistAndOnlyAdminsConfigureFlows() {
        long before = count("approval_flow");

        MvcTestResult unknown = post("/api/v1/approval-flows", """
                {"name": "bad", "steps": [{"approverType": "USER", "userId": %d},
                                          {"approverType": "ROLE", "roleId": 9223372036854775807},
                                          {"approverType": "ROLE", "userId": %d}]}""".formatted(manager, manager));
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("steps[1].roleId", "steps[2].roleId", "steps[2].userId");
        token = users.tokenOf(manager);
        assertThat(post("/api/v1/approval-flows", """
                {"name": "mine", "steps": [{"approverType": "USER", "userId": %d}]}""".formatted(manager)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("approval_flow")).isEqualTo(before);

        token = null;
        long unused = idOf(post("/api/v1/approval-flows", """
                {"name": "unused", "enabled": false, "steps": [{"approverType": "USER", "userId": %d}]}""".formatted(manager)));
        assertThat(delete("/api/v1/approval-flows/" + unused)).hasStatus(HttpStatus.NO_CONTENT);
    }

    private java.util.List<String> actionsOf(long contract) {
        return read(get("/api/v1/contracts/%d/logs".formatted(contract)), "$[*].action");
    }
}
