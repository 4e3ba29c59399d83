package io.pulsecrm.warehouse.query;

import io.pulsecrm.warehouse.query.sales.DayRange;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Outstanding receivables of one overdue bucket, relative to the day asked about: payment plans not fully received
 * and what they still lack.
 */
public record AgeingBucket(Bucket bucket, long plans, BigDecimal outstanding) {

    /** How far on either side of the day asked about a dashboard's open-ended buckets reach (its drill-downs' limit). */
    public static final int DASHBOARD_REACH_YEARS = 10;

    /** Days past the due date: none (due today or later), 1–30, 31–60, 61–90, more than 90. */
    public enum Bucket {
        NOT_DUE(0, 0), DAYS_1_30(1, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90), OVER_90(91, 91);

        private final int fewestDaysOverdue;
        private final int mostDaysOverdue;

        Bucket(int fewestDaysOverdue, int mostDaysOverdue) {
            this.fewestDaysOverdue = fewestDaysOverdue;
            this.mostDaysOverdue = mostDaysOverdue;
        }

        /**
         * The due dates of this bucket on {@code asOf}, as a range of days a dashboard's figure and its drill-down both
         * read: the open-ended buckets (not yet due, over 90 days) reach {@link #DASHBOARD_REACH_YEARS} years less a day.
         */
        public DayRange dueDates(LocalDate asOf) {
            if (this == NOT_DUE) {
                return new DayRange(asOf, asOf.plusYears(DASHBOARD_REACH_YEARS).minusDays(1));
            }
            LocalDate last = asOf.minusDays(fewestDaysOverdue);
            LocalDate first = this == OVER_90
                    ? last.minusYears(DASHBOARD_REACH_YEARS).plusDays(1) : asOf.minusDays(mostDaysOverdue);
            return new DayRange(first, last);
        }
    }
}
