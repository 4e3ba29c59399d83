package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;

/**
 * Outstanding receivables of one overdue bucket, relative to the day asked about: payment plans not fully received
 * and what they still lack.
 */
public record AgeingBucket(Bucket bucket, long plans, BigDecimal outstanding) {

    /** Days past the due date: none (due today or later), 1–30, 31–60, 61–90, more than 90. */
    public enum Bucket { NOT_DUE, DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90 }
}
