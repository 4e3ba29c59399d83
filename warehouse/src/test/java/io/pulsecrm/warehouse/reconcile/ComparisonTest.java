package io.pulsecrm.warehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Figure RECEIPTS = new Figure("receipts", List.of("owner_id", "month"),
            List.of("receipts", "amount"), "pg", "ch");

    @Test
    void equalFiguresHaveNoDifferenceAndExitZero() {
        FigureRows pg = rows(List.of("7", "202405"), "2", "150.00");
        FigureRows ch = rows(List.of("7", "202405"), "2", "150.0"); // the same amount at another scale

        List<Difference> differences = Comparison.compare(RECEIPTS, pg, ch);

        assertThat(differences).isEmpty();
        assertThat(ExitCode.of(differences).code()).isZero();
    }

    @Test
    void aDifferentValueIsReportedWithItsKeyAndBothValues() {
        FigureRows pg = rows(List.of("7", "202405"), "2", "150.00");
        FigureRows ch = rows(List.of("7", "202405"), "2", "150.01");

        List<Difference> differences = Comparison.compare(RECEIPTS, pg, ch);

        assertThat(differences).containsExactly(new Difference("receipts", List.of("7", "202405"), "amount",
                new BigDecimal("150.00"), new BigDecimal("150.01")));
        assertThat(differences.getFirst().describe(RECEIPTS.keyColumns()))
                .isEqualTo("receipts [owner_id=7 month=202405] amount: postgres=150.00 clickhouse=150.01");
        assertThat(ExitCode.of(differences).code()).isEqualTo(1);
    }

    @Test
    void aKeyMissingInClickHouseIsADifferenceInEveryValue() {
        FigureRows pg = rows(List.of("7", "202405"), "1", "9.99");

        List<Difference> differences = Comparison.compare(RECEIPTS, pg, FigureRows.builder().build());

        assertThat(differences).extracting(Difference::value).containsExactly("receipts", "amount");
        assertThat(differences).allMatch(d -> d.clickHouse() == null && d.postgres() != null);
        assertThat(differences.getFirst().describe(RECEIPTS.keyColumns())).endsWith("postgres=1 clickhouse=missing");
    }

    @Test
    void aKeyOnlyClickHouseHasIsADifferenceToo() {
        FigureRows ch = rows(List.of("8", "202406"), "1", "5.00");

        List<Difference> differences = Comparison.compare(RECEIPTS, FigureRows.builder().build(), ch);

        assertThat(differences).hasSize(2).allMatch(d -> d.postgres() == null && d.key().equals(List.of("8", "202406")));
        assertThat(ExitCode.of(differences)).isEqualTo(ExitCode.DIFFER);
    }

    @Test
    void aCentIsNeverWithinTolerance() {
        FigureRows pg = rows(List.of("7", "202405"), "1", "1000000000000000.00");
        FigureRows ch = rows(List.of("7", "202405"), "1", "1000000000000000.01");

        assertThat(Comparison.compare(RECEIPTS, pg, ch)).hasSize(1);
    }

    @Test
    void aQueryReturningAKeyTwiceIsRefusedRatherThanOneRowSilentlyWinning() {
        FigureRows.Builder builder = FigureRows.builder().row(List.of("7", "202405"), values("1", "1.00"));

        assertThatThrownBy(() -> builder.row(List.of("7", "202405"), values("2", "2.00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[7, 202405]");
    }

    private static FigureRows rows(List<String> key, String... values) {
        return FigureRows.builder().row(key, values(values)).build();
    }

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
