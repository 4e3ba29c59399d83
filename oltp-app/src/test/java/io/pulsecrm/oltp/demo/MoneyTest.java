package io.pulsecrm.oltp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void aLineIsQuantityTimesPriceLessTheDiscountRoundedHalfUpToTheCent() {
        assertThat(Money.lineAmount(20, 240_000, 1_000)).isEqualTo(4_320_000); // 20 × 2400.00 − 10%
        assertThat(Money.lineAmount(3, 3_333, 1_250)).isEqualTo(8_749); // 87.49125 → 87.49
        assertThat(Money.lineAmount(1, 5, 5_000)).isEqualTo(3); // 0.025 → 0.03
        assertThat(Money.lineAmount(7, 45_000, 0)).isEqualTo(315_000);
        assertThat(Money.lineAmount(7, 45_000, 10_000)).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Money.lineAmount(1, 100, 10_001));
    }

    @Test
    void lineAmountsMatchWhatPostgresqlRoundingComputes() {
        for (long quantity = 1; quantity < 40; quantity += 3) {
            for (long price : new long[] {45_000, 123_457, 2_800_000, 999}) {
                for (long discount : new long[] {0, 250, 500, 800, 1_250, 1_500, 3_333}) {
                    BigDecimal expected = BigDecimal.valueOf(quantity).multiply(BigDecimal.valueOf(price, 2))
                            .multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(discount, 2)
                                    .divide(BigDecimal.valueOf(100))))
                            .setScale(2, RoundingMode.HALF_UP);
                    assertThat(Money.lineAmount(quantity, price, discount))
                            .isEqualTo(expected.movePointRight(2).longValueExact());
                }
            }
        }
    }

    @Test
    void splitsAddUpToTheTotalWithRoundYuanInstalments() {
        long[] parts = Money.split(12_345_678, 30, 60, 10);
        assertThat(parts).containsExactly(3_703_700, 7_407_400, 1_234_578);
        assertThat(parts[0] + parts[1] + parts[2]).isEqualTo(12_345_678);
        assertThat(Money.split(99_999, 100)).containsExactly(99_999);
    }

    @Test
    void targetsRoundUpToTheStep() {
        assertThat(Money.roundUp(1, 1_000_000)).isEqualTo(1_000_000);
        assertThat(Money.roundUp(1_000_000, 1_000_000)).isEqualTo(1_000_000);
        assertThat(Money.roundUp(1_000_001, 1_000_000)).isEqualTo(2_000_000);
    }
}
