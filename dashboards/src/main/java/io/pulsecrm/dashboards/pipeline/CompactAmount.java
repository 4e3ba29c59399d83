package io.pulsecrm.dashboards.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Short amounts for chart labels: 12.5万 / 125K, one decimal, half up. The JDK's CompactNumberFormat
 * ignores fraction digits for BigDecimal and rounds doubles at binary ties (171,500 → "17.1万"), so the
 * scaling is done here in decimal; exact figures are in the tooltip and the table.
 */
final class CompactAmount {

    private record Unit(BigDecimal size, String suffix) {
    }

    private static final Unit[] CHINESE = {
        new Unit(new BigDecimal("1E8"), "亿"), new Unit(new BigDecimal("1E4"), "万")
    };
    private static final Unit[] ENGLISH = {
        new Unit(new BigDecimal("1E9"), "B"), new Unit(new BigDecimal("1E6"), "M"), new Unit(new BigDecimal("1E3"), "K")
    };

    private final Unit[] units;
    private final NumberFormat number;

    CompactAmount(Locale locale) {
        units = "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
        number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(0);
        number.setMaximumFractionDigits(1);
        number.setRoundingMode(RoundingMode.HALF_UP);
    }

    String format(BigDecimal amount) {
        for (Unit unit : units) {
            BigDecimal scaled = amount.divide(unit.size()).setScale(1, RoundingMode.HALF_UP);
            if (scaled.abs().compareTo(BigDecimal.ONE) >= 0) {
                return number.format(scaled) + unit.suffix();
            }
        }
        return number.format(amount);
    }
}
