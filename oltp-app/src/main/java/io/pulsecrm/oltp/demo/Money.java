package io.pulsecrm.oltp.demo;

/**
 * Money in integer cents and discounts in basis points (hundredths of a percent), so that a line's
 * amount is computed exactly and rounded once, like PostgreSQL's {@code round(q * p * (1 - d / 100), 2)}.
 */
final class Money {

    private Money() {
    }

    /** quantity × unit price × (1 − discount / 100), rounded half up to the cent. */
    static long lineAmount(long quantity, long unitPriceCents, long discountBasisPoints) {
        if (discountBasisPoints < 0 || discountBasisPoints > 10_000) {
            throw new IllegalArgumentException("discount must be 0..100%: " + discountBasisPoints);
        }
        long exact = Math.multiplyExact(Math.multiplyExact(quantity, unitPriceCents), 10_000 - discountBasisPoints);
        return (exact + 5_000) / 10_000;
    }

    /**
     * Splits a total by whole percentages (summing to 100) into parts that add up to it exactly:
     * every part but the last is rounded down to the yuan, the last takes the rest.
     */
    static long[] split(long totalCents, int... percents) {
        long[] parts = new long[percents.length];
        long rest = totalCents;
        for (int i = 0; i < percents.length - 1; i++) {
            parts[i] = totalCents * percents[i] / 100 / 100 * 100;
            rest -= parts[i];
        }
        parts[percents.length - 1] = rest;
        return parts;
    }

    /** Rounds a positive amount up to a multiple of {@code stepCents} (targets are round numbers). */
    static long roundUp(long cents, long stepCents) {
        return (cents + stepCents - 1) / stepCents * stepCents;
    }
}
