package io.pulsecrm.oltp.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricedLineTest {

    @ParameterizedTest(name = "{0} × {1} − {2}% = {3}")
    @CsvSource({
            "1,      100,     0,     100.00",
            "3,      19.99,   0,     59.97",
            "2.5,    10,      10,    22.50",
            // 1 × 0.05 × 0.9 = 0.045 → rounds half up to 0.05
            "1,      0.05,    10,    0.05",
            // 3 × 3.35 × 0.85 = 8.5425 → 8.54 (exact product, rounded once)
            "3,      3.35,    15,    8.54",
            // 0.5 × 0.01 = 0.005 → 0.01
            "0.5,    0.01,    0,     0.01",
            // 7 × 1.11 × 0.6667 = 5.180259 → 5.18
            "7,      1.11,    33.33, 5.18",
            "4,      250,     100,   0.00",
            "1,      9999.99, 0.01,  9998.99"})
    void lineAmountIsQuantityTimesPriceLessDiscountRoundedOnceHalfUp(String quantity, String price, String discount,
            String expected) {
        BigDecimal amount = PricedLine.amountOf(new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(discount));

        assertThat(amount).hasToString(expected);
    }

    @Test
    void roundingIsPerLineAndTheTotalSumsTheRoundedLines() {
        // each line 1 × 0.005 … would be 0.01 once rounded; three such lines total 0.03, not round(0.015) = 0.02
        PricedLine line = new PricedLine(1, "p", new BigDecimal("0.50"), new BigDecimal("0.01"), BigDecimal.ZERO,
                PricedLine.amountOf(new BigDecimal("0.5"), new BigDecimal("0.01"), BigDecimal.ZERO));

        assertThat(PricedLine.total(List.of(line, line, line))).hasToString("0.03");
    }

    @Test
    void noLinesTotalZeroAtScaleTwo() {
        assertThat(PricedLine.total(List.of())).hasToString("0.00");
    }
}
