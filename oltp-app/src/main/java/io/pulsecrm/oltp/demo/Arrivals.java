package io.pulsecrm.oltp.demo;

import java.util.Arrays;

/**
 * When customers arrived. At go-live the company imported its existing customers (nearly half of
 * them in the first week); after that new ones come in steadily, a little more each month, on
 * working days. Customer i of n arrives at quantile (i + ½) / n of this curve, so ids grow with
 * creation dates as they would in a live system.
 */
final class Arrivals {

    static final double IMPORTED_SHARE = 0.45;
    static final int IMPORT_DAYS = 7;
    private static final double GROWTH = 0.3;

    private final long startDay;
    private final double[] cumulative;
    private final double meanAgeDays;

    /** Customers: the import at go-live, then steady arrivals. */
    Arrivals(Timeline timeline, Seasonality seasons) {
        this(timeline, seasons, IMPORTED_SHARE);
    }

    /** With {@code importedShare} 0: arrivals of leads, which were not imported. */
    Arrivals(Timeline timeline, Seasonality seasons, double importedShare) {
        this.startDay = timeline.startDay;
        int days = (int) (timeline.todayDay - timeline.startDay);
        double[] weights = new double[days];
        double organic = 0;
        for (int i = IMPORT_DAYS; i < days; i++) {
            weights[i] = (1 + GROWTH * i / days) * seasons.activityAt(startDay + i);
            organic += weights[i];
        }
        double imported = organic * importedShare / (1 - importedShare);
        for (int i = 0; i < IMPORT_DAYS && i < days; i++) {
            weights[i] = importedShare > 0 ? imported / IMPORT_DAYS
                    : (1 + GROWTH * i / days) * seasons.activityAt(startDay + i);
        }
        this.cumulative = new double[days];
        double sum = 0;
        double ages = 0;
        for (int i = 0; i < days; i++) {
            sum += weights[i];
            cumulative[i] = sum;
            ages += weights[i] * (days - i);
        }
        this.meanAgeDays = ages / sum;
    }

    /** How long customers have been around on average: activity is spread over that. */
    double meanAgeDays() {
        return meanAgeDays;
    }

    /** The arrival day at a quantile in [0, 1). */
    long day(double quantile) {
        double point = quantile * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, point);
        return startDay + Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    boolean imported(long day) {
        return day < startDay + IMPORT_DAYS;
    }
}
