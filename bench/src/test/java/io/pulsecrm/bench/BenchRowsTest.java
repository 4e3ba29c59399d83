package io.pulsecrm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchRowsTest {

    private final BenchDataset data = new BenchDataset(10_000_000);

    @Test
    void theFactsAddUpToTheAskedNumberWithAMillionCustomers() {
        assertThat(data.customers()).isEqualTo(1_000_000);
        assertThat(data.customers() + data.contacts() + data.opportunities() + data.contracts() + data.receipts()
                + data.followUps() + data.poolEvents() + data.leads() + data.stageMoves() + data.paymentPlans()
                + data.campaignCosts()).isEqualTo(10_000_000);
        assertThat(data.poolEvents()).as("the remainder").isEqualTo(500_000);
    }

    @Test
    void sizesAreBoundAsParametersInTheOrderTheyAppear() {
        BenchInsert.Rendered sql = BenchInsert.into("receipt", "receipts")
                .col("contract_id", "(1 + (n * 7) % {contracts})")
                .col("customer_id", "(1 + n % {customers})")
                .render(BenchDialect.POSTGRES, data.sizes());

        assertThat(sql.sql()).doesNotContain("{").contains("generate_series(1::bigint, ?)");
        assertThat(sql.params()).containsExactly(data.contracts(), data.customers(), data.receipts());
    }

    @Test
    void aColumnOfOneSideIsLeftOutOfTheOther() {
        BenchInsert insert = BenchInsert.into("follow_up", "followups").col("id", "n")
                .only(BenchDialect.POSTGRES, "content", "'x'");

        assertThat(insert.render(BenchDialect.POSTGRES, data.sizes()).sql()).startsWith("INSERT INTO follow_up (id, content)");
        assertThat(insert.render(BenchDialect.CLICKHOUSE, data.sizes()).sql()).startsWith("INSERT INTO follow_up (id)")
                .contains("numbers(?)");
    }

    @Test
    void anUnknownSizeIsNamed() {
        assertThatThrownBy(() -> BenchInsert.into("t", "nope").col("id", "n").render(BenchDialect.CLICKHOUSE, Map.of()))
                .hasMessageContaining("nope");
    }

    @Test
    void usersSitInTheDepartmentsTheFactsAreAttributedTo() {
        assertThat(BenchDataset.departmentOf(0)).isEqualTo(BenchDataset.FIRST_DIVISION);
        assertThat(BenchDataset.departmentOf(48)).isEqualTo(BenchDataset.FIRST_TEAM);
        assertThat(BenchDataset.parentOf(BenchDataset.FIRST_TEAM + 8)).isEqualTo(BenchDataset.FIRST_DIVISION);
        assertThat(BenchFormulas.departmentOf("u")).contains("WHEN u < 8 THEN 101 + u ELSE 109 + u % 48");
    }

    @Test
    void theManagerSeesTheirDivisionAndItsTeamsAndTheRepOnlyThemself() {
        var manager = BenchDataset.Viewer.MANAGER.scope().scope();
        var rep = BenchDataset.Viewer.REP.scope().scope();

        assertThat(manager.departments()).containsExactlyInAnyOrder(101L, 109L, 117L, 125L, 133L, 141L, 149L);
        assertThat(manager.owners()).contains(BenchDataset.MANAGER).hasSize(38);
        assertThat(rep.owners()).containsExactly(BenchDataset.REP);
        assertThat(rep.departments()).isEmpty();
    }

    @Test
    void thePostgresUrlKeepsServerAndOptionsButNamesTheBenchDatabase() {
        assertThat(DashboardBench.Settings.withDatabase("jdbc:postgresql://127.0.0.1:55432/crm?ssl=false", "crm_bench"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:55432/crm_bench?ssl=false");
        assertThat(List.of(BenchArgs.parse(new String[] {"--facts", "1000000"}).integer("facts", 10_000_000)))
                .containsExactly(1_000_000);
    }
}
