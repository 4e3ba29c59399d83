package io.pulsecrm.dashboards.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CompactAmountTest {

    private final CompactAmount chinese = new CompactAmount(Locale.SIMPLIFIED_CHINESE);
    private final CompactAmount english = new CompactAmount(Locale.ENGLISH);

    @Test
    void chineseAmountsUseWanAndYiWithOneDecimalRoundedHalfUp() {
        assertThat(chinese.format(new BigDecimal("171500.00"))).isEqualTo("17.2万");
        assertThat(chinese.format(new BigDecimal("125000.00"))).isEqualTo("12.5万");
        assertThat(chinese.format(new BigDecimal("120000.00"))).isEqualTo("12万");
        assertThat(chinese.format(new BigDecimal("350000000"))).isEqualTo("3.5亿");
        assertThat(chinese.format(new BigDecimal("9000.40"))).isEqualTo("9,000.4");
        assertThat(chinese.format(new BigDecimal("9999.40"))).isEqualTo("1万");
    }

    @Test
    void englishAmountsUseThousandsMillionsAndBillions() {
        assertThat(english.format(new BigDecimal("171500.00"))).isEqualTo("171.5K");
        assertThat(english.format(new BigDecimal("1015000.00"))).isEqualTo("1M");
        assertThat(english.format(new BigDecimal("2250000000"))).isEqualTo("2.3B");
        assertThat(english.format(new BigDecimal("999.95"))).isEqualTo("1K");
        assertThat(english.format(BigDecimal.ZERO)).isEqualTo("0");
    }
}
