package io.pulsecrm.oltp.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.pulsecrm.oltp.support.DealsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Payment plans and receipts through the REST API, on contracts of the test's own manager. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptApiIT extends DealsIntegrationTest {

    private long manager;
    private long product;

    @BeforeAll
    void organization() {
        manager = users.user(users.department(null), null, "SALES_MANAGER");
        product = product("100.00");
    }

    @BeforeEach
    void actAsManager() {
        token = users.tokenOf(manager);
    }

    /** An approved contract of total 100 × quantity. */
    private long approved(String quantity) {
        return approvedContract(customerOf(manager), product, quantity);
    }

    private long plan(long contract, String amount) {
        MvcTestResult created = post("/api/v1/contracts/%d/plans".formatted(contract), """
                {"amount": %s, "dueDate": "2026-06-30", "method": "BANK_TRANSFER"}""".formatted(amount));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    private MvcTestResult receive(long contract, Long plan, String amount) {
        return post("/api/v1/receipts", """
                {"contractId": %d, "planId": %s, "amount": %s, "receivedOn": "2026-04-01", "method": "ALIPAY"}"""
                .formatted(contract, plan, amount));
    }

    private String moneyOf(long contract) {
        return row("contract", contract) + "|" + jdbc.sql(
                "select coalesce(string_agg(p::text, ';' order by p.id), '') from payment_plan p where contract_id = ?")
                .param(contract).query(String.class).single() + "|" + countWhere("receipt", "contract_id", contract)
                + "|" + count("document_counter");
    }

    @Test
    void aReceiptOnAContractNotApprovedIs409AndWritesNothing() {
        long draft = draftContract(customerOf(manager), product, "1");
        long receipts = count("receipt");

        MvcTestResult refused = receive(draft, null, "10");

        assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"code": "contract-not-approved", "errors": [{"field": "contractId"}]}""");
        assertThat(count("receipt")).isEqualTo(receipts);
        assertThat(amountOf("contract", "received_amount", draft)).isZero();
    }

    @Test
    void moreThanThePlanStillExpectsIsRefusedNamingAmountAndNothingIsWritten() {
        long contract = approved("10");
        long plan = plan(contract, "300");
        assertThat(receive(contract, plan, "200")).hasStatus(HttpStatus.CREATED);
        String before = moneyOf(contract);

        MvcTestResult over = receive(contract, plan, "100.01");

        assertThat(over).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"code": "over-receipt", "errors": [{"field": "amount"}]}""");
        assertThat(moneyOf(contract)).isEqualTo(before);
        assertThat(amountOf("payment_plan", "received_amount", plan)).isEqualByComparingTo("200");
    }

    @Test
    void moreThanTheContractStillExpectsIsRefusedWithOrWithoutAPlan() {
        long contract = approved("1");
        assertThat(receive(contract, null, "60")).hasStatus(HttpStatus.CREATED);
        String before = moneyOf(contract);

        assertThat(receive(contract, null, "40.01")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("amount");
        assertThat(moneyOf(contract)).isEqualTo(before);
        assertThat(receive(contract, null, "40")).hasStatus(HttpStatus.CREATED);
        assertThat(amountOf("contract", "received_amount", contract)).isEqualByComparingTo("100");
    }

    @Test
    void concurrentReceiptsCannotTogetherExceedTheTotal() throws Exception {
        long contract = approved("1");
        CountDownLatch start = new CountDownLatch(1);
        String bearer = token;
        Callable<Integer> sixty = () -> {
            start.await(10, TimeUnit.SECONDS);
            return receiveAs(bearer, contract, "60");
        };

        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> results = List.of(pool.submit(sixty), pool.submit(sixty));
            start.countDown();
            statuses = results.stream().map(ReceiptApiIT::await).toList();
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(amountOf("contract", "received_amount", contract)).isEqualByComparingTo("60");
        assertThat(countWhere("receipt", "contract_id", contract)).isOne();
    }

    private int receiveAs(String bearer, long contract, String amount) {
        return mvc.post().uri("/api/v1/receipts").header("Authorization", "Bearer " + bearer)
                .contentType("application/json").content("""
                        {"contractId": %d, "amount": %s, "receivedOn": "2026-04-01", "method": "CASH"}"""
                        .formatted(contract, amount))
                .exchange().getResponse().getStatus();
    }

    private static Integer await(Future<Integer> status) {
        try {
            return status.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deletingAReceiptGivesItsMoneyBackToThePlanAndTheContract() {
        long contract = approved("5");
        long plan = plan(contract, "500");
        long receipt = idOf(receive(contract, plan, "500"));
        assertThat(get("/api/v1/contracts/%d/plans".formatted(contract))).bodyJson()
                .extractingPath("$[0].status").isEqualTo("PAID");
        assertThat(delete("/api/v1/contracts/%d/plans/%d".formatted(contract, plan))).hasStatus(HttpStatus.CONFLICT);

        assertThat(delete("/api/v1/receipts/" + receipt)).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(amountOf("payment_plan", "received_amount", plan)).isZero();
        assertThat(amountOf("contract", "received_amount", contract)).isZero();
        assertThat(get("/api/v1/receipts/" + receipt)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(delete("/api/v1/contracts/%d/plans/%d".formatted(contract, plan))).hasStatus(HttpStatus.NO_CONTENT);
    }

    @Test
    void thePlansOfAContractMayNotAddUpToMoreThanItsTotal() {
        long contract = approved("10");
        plan(contract, "600");
        long plans = count("payment_plan");

        MvcTestResult over = post("/api/v1/contracts/%d/plans".formatted(contract), """
                {"amount": 400.01, "dueDate": "2026-06-30", "method": "CASH"}""");

        assertThat(over).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("amount");
        assertThat(count("payment_plan")).isEqualTo(plans);
        assertThat(post("/api/v1/contracts/%d/plans".formatted(contract), """
                {"amount": 400, "dueDate": "2026-06-30", "method": "CASH"}""")).hasStatus(HttpStatus.CREATED)
                .bodyJson().extractingPath("$.seq").isEqualTo(2);
    }

    @Test
    void aPlanIsDueNoEarlierThanTheContractWasSigned() {
        long contract = approved("1");

        assertThat(post("/api/v1/contracts/%d/plans".formatted(contract), """
                {"amount": 10, "dueDate": "2026-02-28", "method": "CASH"}""")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("dueDate");
        assertThat(countWhere("payment_plan", "contract_id", contract)).isZero();
    }

    @Test
    void aPlanIsChangedWithItsCurrentVersionOnly() {
        long contract = approved("10");
        long plan = plan(contract, "100");
        String change = """
                {"amount": %s, "dueDate": "2026-07-31", "method": "CHEQUE", "reminderDays": 7, "version": %d}""";

        assertThat(put("/api/v1/contracts/%d/plans/%d".formatted(contract, plan), change.formatted("150", 0)))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"amount": 150.00, "method": "CHEQUE", "remindOn": "2026-07-24", "version": 1}""");
        assertThat(put("/api/v1/contracts/%d/plans/%d".formatted(contract, plan), change.formatted("160", 0)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(amountOf("payment_plan", "amount", plan)).isEqualByComparingTo("150");
    }

    @Test
    void aReceiptsPlanMustBeOneOfItsContractsPlans() {
        long contract = approved("1");
        long otherPlan = plan(approved("1"), "50");
        long receipts = count("receipt");

        assertThat(receive(contract, otherPlan, "10")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("planId");
        assertThat(count("receipt")).isEqualTo(receipts);
    }

    @Test
    void receiptsAreListedByContractCustomerAndDate() {
        long customer = customerOf(manager);
        long contract = approvedContract(customer, product, "10");
        long early = idOf(post("/api/v1/receipts", """
                {"contractId": %d, "amount": 10, "receivedOn": "2026-01-15", "method": "CASH"}""".formatted(contract)));
        long late = idOf(post("/api/v1/receipts", """
                {"contractId": %d, "amount": 20, "receivedOn": "2026-02-15", "method": "CASH"}""".formatted(contract)));

        assertThat(ids(get("/api/v1/receipts?contractId=" + contract), "$.items[*].id")).containsExactly(late, early);
        assertThat(ids(get("/api/v1/receipts?customerId=%d&sort=receivedOn".formatted(customer)), "$.items[*].id"))
                .containsExactly(early, late);
        assertThat(ids(get("/api/v1/receipts?contractId=%d&receivedFrom=2026-02-01&receivedTo=2026-02-28"
                .formatted(contract)), "$.items[*].id")).containsExactly(late);
        assertThat(get("/api/v1/receipts?contractId=%d&ownerId=%d".formatted(contract, manager))).bodyJson()
                .isLenientlyEqualTo("{\"totalItems\": 2, \"totalPages\": 1}");
        assertThat(read(get("/api/v1/receipts/%d/logs".formatted(early)), "$[0].action").toString()).isEqualTo("CREATE");
    }
}
