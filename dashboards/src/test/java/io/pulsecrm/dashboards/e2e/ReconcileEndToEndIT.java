package io.pulsecrm.dashboards.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.warehouse.reconcile.ReconcileCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ./crm reconcile} on the whole product: records written into PostgreSQL (the truth) reach ClickHouse through
 * CDC, the sink and Kafka Streams, and then every figure agrees (exit 0); a row the sink got wrong — a newer version
 * with another amount — is printed with its key (exit 1). Times are chosen across a month end, where the month in
 * Asia/Shanghai differs from UTC's. The stack is the dashboards' e2e one, shared with the other e2e tests.
 */
class ReconcileEndToEndIT {

    private static final Duration REPLICATED = Duration.ofSeconds(90);
    private static final String LIVE_ROWS = "SELECT count() FROM %s FINAL WHERE id = ? AND is_deleted = 0";
    private static final String OPEN_IN_STAGE = "SELECT open_count FROM pipeline_by_stage FINAL WHERE stage_id = ?";
    // what a buggy sink would do: store a newer version of the receipt with another amount
    private static final String WRONG_RECEIPT = """
            INSERT INTO receipt (id, number, contract_id, plan_id, customer_id, amount, received_on, method, owner_id,
                                 owner_dept_id, created_by, created_at, updated_at, entity_version, version, is_deleted, commit_ts)
            SELECT id, number, contract_id, plan_id, customer_id, amount + 1, received_on, method, owner_id,
                   owner_dept_id, created_by, created_at, updated_at, entity_version, version + 1, is_deleted, commit_ts
            FROM receipt FINAL WHERE id = ?
            """;
    // and what the sink would write next: the right amount again, so the tests after this one see a true warehouse
    private static final String RIGHT_AGAIN = WRONG_RECEIPT.replace("amount + 1", "amount - 1");

    private final FullStack stack = FullStack.shared();
    private final CrmOrganization pg = new CrmOrganization(LocalStack.shared().postgres());

    @Test
    void figuresAgreeOnceReplicatedAndAWrongMirroredRowIsPrintedWithItsKey() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long dept = pg.department("reconcile-" + run);
        long owner = pg.user("reconcile-owner-" + run, dept, "SALES_REP", "reconcile-password");
        long stage = stack.api.createStage(PipelineEndToEndIT.unique("reconcile"), 960, "33.33");
        long campaign = pg.queryLong("""
                insert into campaign (name, channel, status, budget, start_date, end_date, owner_id, owner_dept_id)
                values (?, 'EVENT', 'ACTIVE', 5000, date '2024-05-01', date '2024-06-30', ?, ?) returning id""",
                "reconcile-" + run, owner, dept);
        long lead = pg.queryLong("""
                insert into lead (name, source, campaign_id, owner_id, owner_dept_id, created_by, created_at)
                values ('线索', 'EVENT', ?, ?, ?, ?, timestamptz '2024-05-31 16:30:00+00') returning id""",
                campaign, owner, dept, owner);
        // 2024-05-31 17:00 UTC is June 1st in Shanghai
        long customer = pg.queryLong("""
                insert into customer (name, campaign_id, owner_id, owner_dept_id, owned_since, created_by, created_at)
                values (?, ?, ?, ?, now(), ?, timestamptz '2024-05-31 17:00:00+00') returning id""",
                "reconcile-customer-" + run, campaign, owner, dept, owner);
        long open = pg.queryLong("""
                insert into opportunity (name, amount, stage_id, customer_id, owner_id, owner_dept_id, campaign_id, created_by,
                                         created_at)
                values ('在谈', 1000.01, ?, ?, ?, ?, ?, ?, timestamptz '2024-06-30 16:59:59+00') returning id""",
                stage, customer, owner, dept, campaign, owner);
        long won = pg.queryLong("""
                insert into opportunity (name, amount, stage_id, status, closed_at, customer_id, owner_id, owner_dept_id,
                                         campaign_id, created_by)
                values ('赢单', 2500.50, ?, 'WON', timestamptz '2024-06-30 16:00:00+00', ?, ?, ?, ?, ?) returning id""",
                stage, customer, owner, dept, campaign, owner);
        long contract = pg.queryLong("""
                insert into contract (number, name, customer_id, opportunity_id, status, signed_on, total_amount,
                                      received_amount, owner_id, owner_dept_id, created_by)
                values (?, '合同', ?, ?, 'APPROVED', date '2024-07-01', 2500.50, 800.25, ?, ?, ?) returning id""",
                "HT-RECONCILE-" + run, customer, won, owner, dept, owner);
        long receipt = pg.queryLong("""
                insert into receipt (number, contract_id, customer_id, amount, received_on, method, owner_id, owner_dept_id,
                                     created_by)
                values (?, ?, ?, 800.25, date '2024-07-15', 'BANK_TRANSFER', ?, ?, ?) returning id""",
                "HK-RECONCILE-" + run, contract, customer, owner, dept, owner);

        await().atMost(REPLICATED).until(() -> live("campaign", campaign) && live("lead", lead) && live("customer", customer)
                && live("opportunity", open) && live("opportunity", won) && live("contract", contract)
                && live("receipt", receipt) && openInStage(stage) == 1);

        // other e2e tests share the stack: their last changes may still be on the way, so agreement is awaited too
        Run agreeing = await().atMost(REPLICATED).pollInterval(Duration.ofSeconds(1))
                .until(() -> reconcile("0"), r -> r.exitCode == 0);
        assertThat(agreeing.out).contains(" 0 differences").doesNotContain("DIFFERENCE");

        update(WRONG_RECEIPT, receipt);
        Run differing;
        try {
            // compared again and again for 2 s: a wrong figure persists
            differing = reconcile("2");
        } finally {
            update(RIGHT_AGAIN, receipt);
        }

        assertThat(differing.exitCode).as(differing.out).isEqualTo(1);
        assertThat(differing.out).contains(
                "DIFFERENCE receipts [owner_id=" + owner + " month=202407] amount: postgres=800.25 clickhouse=801.25")
                .contains("Differences persisting after 2 s").doesNotContain(" 0 differences");
    }

    /** One run of the command: its exit code and what it printed. */
    record Run(int exitCode, String out) {}

    /** {@code ./crm reconcile --wait <waitSeconds>} on the shared stack. */
    static Run reconcile(String waitSeconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Map<String, String> env = LocalStack.shared().env();
        int code = ReconcileCli.run(env, print, print, "--wait", waitSeconds);
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    private boolean live(String table, long id) throws Exception {
        try (Connection c = stack.clickhouse.getConnection();
             PreparedStatement q = c.prepareStatement(LIVE_ROWS.formatted(table))) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getLong(1) == 1;
            }
        }
    }

    private long openInStage(long stage) throws Exception {
        try (Connection c = stack.clickhouse.getConnection(); PreparedStatement q = c.prepareStatement(OPEN_IN_STAGE)) {
            q.setLong(1, stage);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private void update(String sql, long id) throws Exception {
        try (Connection c = stack.clickhouse.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, id);
            q.executeUpdate();
        }
    }
}
