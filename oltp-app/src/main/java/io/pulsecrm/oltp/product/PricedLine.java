package io.pulsecrm.oltp.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A line with its amount computed by the server: quantity × unit price × (1 − discount / 100),
 * computed exactly and rounded once to cents (HALF_UP). {@code productName} is the catalogue name
 * when the line was priced; contract lines keep it as a snapshot.
 */
public record PricedLine(long productId, String productName, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discount, BigDecimal amount) {

    /** numeric(18, 2): 16 digits before the point. */
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("9999999999999999.99");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static BigDecimal amountOf(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
        BigDecimal kept = HUNDRED.subtract(discount);
        // exact up to here (no division but by a power of ten), so rounding happens once
        return quantity.multiply(unitPrice).multiply(kept).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    /** The sum of the lines' amounts (each already rounded), at scale 2. */
    public static BigDecimal total(List<PricedLine> lines) {
        return lines.stream().map(PricedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
    }
}
