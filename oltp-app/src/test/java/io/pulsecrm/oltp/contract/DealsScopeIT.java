package io.pulsecrm.oltp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pulsecrm.oltp.support.DealsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The data scope of deals, contracts and receipts: a SELF rep reaches their own, their manager
 * (DEPT_AND_CHILDREN) their department's, an outsider none; out-of-scope ids answer 404 and
 * change nothing.
 *
 * <pre>
 * east: manager M → reps A, B          west: manager O (the outsider)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealsScopeIT extends DealsIntegrationTest {

    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> deals = new HashMap<>();
    private final Map<String, Long> contracts = new HashMap<>();
    private final Map<String, Long> plans = new HashMap<>();
    private final Map<String, Long> receipts = new HashMap<>();

    @BeforeAll
    void organization() {
        long east = users.department(null);
        people.put("M", users.user(east, null, "SALES_MANAGER"));
        people.put("A", users.user(east, people.get("M"), "SALES_REP"));
        people.put("B", users.user(east, people.get("M"), "SALES_REP"));
        people.put("O", users.user(users.department(null), null, "SALES_MANAGER"));
        long stage = newStage("40");
        long product = product("1000");
        for (String who : List.of("A", "B")) {
            token = users.tokenOf(people.get(who));
            long customer = customerOf(people.get(who));
            deals.put(who, idOf(post("/api/v1/opportunities", """
                    {"name": "d", "amount": 1, "stageId": %d, "customerId": %d}""".formatted(stage, customer))));
            long contract = approvedContract(customer, product, "1");
            contracts.put(who, contract);
            plans.put(who, idOf(post("/api/v1/contracts/%d/plans".formatted(contract), """
                    {"amount": 500, "dueDate": "2026-06-01", "method": "CASH"}""")));
            receipts.put(who, idOf(post("/api/v1/receipts", """
                    {"contractId": %d, "amount": 100, "receivedOn": "2026-04-01", "method": "CASH"}""".formatted(contract))));
        }
        token = null;
    }

    private Set<String> listed(String path, Map<String, Long> records) {
        MvcTestResult page = get(path + "?size=100");
        assertThat(page).hasStatusOk();
        List<Long> ids = ids(page, "$.items[*].id");
        Set<String> owners = new HashSet<>();
        records.forEach((who, id) -> {
            if (ids.contains(id)) {
                owners.add(who);
            }
        });
        return owners;
    }

    @ParameterizedTest(name = "{0} lists the deals, contracts and receipts of {1}")
    @CsvSource({"A, A", "M, AB", "O, ''"})
    void listsShowExactlyWhatTheScopeReaches(String viewer, String expected) {
        token = users.tokenOf(people.get(viewer));
        Set<String> owners = new HashSet<>();
        for (char c : expected.toCharArray()) {
            owners.add(String.valueOf(c));
        }

        assertThat(listed("/api/v1/opportunities", deals)).isEqualTo(owners);
        assertThat(listed("/api/v1/contracts", contracts)).isEqualTo(owners);
        assertThat(listed("/api/v1/receipts", receipts)).isEqualTo(owners);
    }

    @ParameterizedTest(name = "{0} cannot reach A's records")
    @ValueSource(strings = {"B", "O"})
    void recordsOutOfScopeAnswer404AndNothingChanges(String viewer) {
        token = users.tokenOf(people.get(viewer));
        long deal = deals.get("A");
        long contract = contracts.get("A");
        long plan = plans.get("A");
        long receipt = receipts.get("A");
        String before = snapshot();

        for (MvcTestResult result : List.of(
                get("/api/v1/opportunities/" + deal),
                get("/api/v1/opportunities/%d/products".formatted(deal)),
                get("/api/v1/opportunities/%d/logs".formatted(deal)),
                put("/api/v1/opportunities/" + deal, "{\"name\": \"x\", \"amount\": 1, \"version\": 0}"),
                put("/api/v1/opportunities/%d/products".formatted(deal), "{\"version\": 0, \"lines\": []}"),
                post("/api/v1/opportunities/%d/won".formatted(deal), ""),
                post("/api/v1/opportunities/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(deal, people.get(viewer))),
                get("/api/v1/contracts/" + contract),
                get("/api/v1/contracts/%d/logs".formatted(contract)),
                get("/api/v1/contracts/%d/approvals".formatted(contract)),
                put("/api/v1/contracts/" + contract, """
                        {"name": "x", "signedOn": "2026-03-01", "lines": [{"productId": 1, "quantity": 1}], "version": 1}"""),
                post("/api/v1/contracts/%d/submit".formatted(contract), "{\"version\": 1}"),
                get("/api/v1/contracts/%d/plans".formatted(contract)),
                post("/api/v1/contracts/%d/plans".formatted(contract), """
                        {"amount": 1, "dueDate": "2026-06-01", "method": "CASH"}"""),
                get("/api/v1/receipts/" + receipt),
                get("/api/v1/receipts/%d/logs".formatted(receipt)))) {
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        }
        if (viewer.equals("O")) { // a manager elsewhere holds the permissions reps lack: still 404
            for (MvcTestResult result : List.of(
                    delete("/api/v1/opportunities/" + deal),
                    delete("/api/v1/contracts/" + contract),
                    post("/api/v1/contracts/%d/cancel".formatted(contract), "{\"version\": 1}"),
                    post("/api/v1/contracts/transfer", "{\"ids\": [%d], \"ownerId\": %d}".formatted(contract, people.get("O"))),
                    put("/api/v1/contracts/%d/plans/%d".formatted(contract, plan), """
                            {"amount": 1, "dueDate": "2026-06-01", "method": "CASH", "reminderDays": 1, "version": 0}"""),
                    delete("/api/v1/contracts/%d/plans/%d".formatted(contract, plan)),
                    delete("/api/v1/receipts/" + receipt))) {
                assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            }
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aReceiptOnAContractOutOfScopeIsRefusedNamingTheContract() {
        token = users.tokenOf(people.get("B"));
        String before = snapshot();

        assertThat(post("/api/v1/receipts", """
                {"contractId": %d, "amount": 1, "receivedOn": "2026-04-01", "method": "CASH"}"""
                .formatted(contracts.get("A")))).hasStatus(HttpStatus.FORBIDDEN).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("contractId");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theManagerReachesTheRepsRecords() {
        token = users.tokenOf(people.get("M"));

        assertThat(get("/api/v1/opportunities/" + deals.get("A"))).hasStatusOk();
        assertThat(get("/api/v1/contracts/" + contracts.get("B"))).hasStatusOk();
        assertThat(get("/api/v1/receipts/" + receipts.get("A"))).hasStatusOk();
        assertThat(get("/api/v1/contracts/%d/plans".formatted(contracts.get("B")))).hasStatusOk();
    }

    @Test
    void withoutThePermissionsAServiceAgentIsRefused403AndNothingChanges() {
        token = users.tokenOf(users.user(users.department(null), null, "SERVICE_AGENT"));
        String before = snapshot();

        for (MvcTestResult result : List.of(
                get("/api/v1/contracts"),
                get("/api/v1/receipts"),
                get("/api/v1/opportunities"),
                post("/api/v1/receipts", """
                        {"contractId": %d, "amount": 1, "receivedOn": "2026-04-01", "method": "CASH"}"""
                        .formatted(contracts.get("A"))),
                post("/api/v1/contracts/%d/approve".formatted(contracts.get("A")), "{\"version\": 1}"),
                post("/api/v1/products", "{\"code\": \"x\", \"name\": \"x\", \"price\": 1}"))) {
            assertThat(result).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code")
                    .isEqualTo("permission-denied");
        }
        assertThat(get("/api/v1/products")).hasStatusOk();
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        StringBuilder rows = new StringBuilder();
        for (String who : List.of("A", "B")) {
            rows.append(row("opportunity", deals.get(who))).append(row("contract", contracts.get(who)))
                    .append(row("payment_plan", plans.get(who))).append(row("receipt", receipts.get(who)));
        }
        return rows + "|" + count("receipt") + "|" + count("payment_plan") + "|" + count("opportunity_product")
                + "|" + count("operation_log") + "|" + count("approval_record");
    }
}
