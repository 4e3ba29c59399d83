package io.pulsecrm.oltp.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How busy a day is for a Chinese B2B seller: budgets are spent in Q4 and deals are pushed over
 * the line in the last days of each quarter; little happens around the Spring Festival (春节), in the
 * National Day week (国庆) and at weekends. Deal closings, and through them contracts and receipts, follow these weights.
 */
final class Seasonality {

    /** January to December. */
    private static final double[] MONTH = {0.8, 0.55, 1.1, 0.9, 0.95, 1.15, 0.85, 0.85, 1.15, 1.0, 1.3, 1.8};
    private static final double QUARTER_END = 1.5;
    private static final double HOLIDAY = 0.3;
    private static final double WEEKEND = 0.15;
    static final double MAX = 1.8 * QUARTER_END;
    /** Day-to-day work (calls, visits, new deals) follows the months only faintly. */
    private static final double ACTIVITY_DAMPING = 0.3;
    private static final double ACTIVITY_MAX = 1 + (1.8 - 1) * ACTIVITY_DAMPING;

    /** 春节 (Chinese New Year's day); other years fall back to early February. */
    private static final Map<Integer, LocalDate> SPRING_FESTIVALS = Map.ofEntries(
            Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
            Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
            Map.entry(2030, LocalDate.of(2030, 2, 3)), Map.entry(2031, LocalDate.of(2031, 1, 23)),
            Map.entry(2032, LocalDate.of(2032, 2, 11)));

    private final long firstDay;
    private final double[] weights;
    private final double[] activity;

    /** Caches the weights of [firstDay, lastDay]; other days are computed when asked. */
    Seasonality(long firstDay, long lastDay) {
        this.firstDay = firstDay;
        this.weights = new double[(int) (lastDay - firstDay + 1)];
        this.activity = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(LocalDate.ofEpochDay(firstDay + i));
            activity[i] = activityWeight(LocalDate.ofEpochDay(firstDay + i));
        }
    }

    /** How likely business closes on that day. */
    static double weight(LocalDate date) {
        double weight = MONTH[date.getMonthValue() - 1];
        boolean quarterEnd = date.getMonthValue() % 3 == 0;
        if (quarterEnd && date.getDayOfMonth() > date.lengthOfMonth() - 10) {
            weight *= QUARTER_END;
        }
        return weight * offDays(date);
    }

    /** How busy reps are with calls, visits and new deals on that day. */
    static double activityWeight(LocalDate date) {
        return (1 + (MONTH[date.getMonthValue() - 1] - 1) * ACTIVITY_DAMPING) * offDays(date);
    }

    private static double offDays(LocalDate date) {
        double weight = 1;
        long fromFestival = date.toEpochDay() - springFestival(date.getYear()).toEpochDay();
        boolean nationalDay = date.getMonthValue() == 10 && date.getDayOfMonth() <= 7;
        if (fromFestival >= -7 && fromFestival <= 10 || nationalDay) {
            weight *= HOLIDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            weight *= WEEKEND;
        }
        return weight;
    }

    static LocalDate springFestival(int year) {
        return SPRING_FESTIVALS.getOrDefault(year, LocalDate.of(year, Month.FEBRUARY, 5));
    }

    double at(long day) {
        long i = day - firstDay;
        return i >= 0 && i < weights.length ? weights[(int) i] : weight(LocalDate.ofEpochDay(day));
    }

    double activityAt(long day) {
        long i = day - firstDay;
        return i >= 0 && i < activity.length ? activity[(int) i] : activityWeight(LocalDate.ofEpochDay(day));
    }

    /** A closing day in [from, to]: Q4, quarter ends and working days are more likely. */
    long sample(long from, long to, SplittableRandom random) {
        return sample(from, to, false, random);
    }

    /** A working day in [from, to] for calls, visits and new deals. */
    long sampleWorkday(long from, long to, SplittableRandom random) {
        return sample(from, to, true, random);
    }

    /** Rejection sampling; gives up after a few tries and takes the last day drawn. */
    private long sample(long from, long to, boolean work, SplittableRandom random) {
        if (to <= from) {
            return from;
        }
        double max = work ? ACTIVITY_MAX : MAX;
        long day = from;
        for (int attempt = 0; attempt < 24; attempt++) {
            day = from + random.nextLong(to - from + 1);
            if (random.nextDouble() * max < (work ? activityAt(day) : at(day))) {
                return day;
            }
        }
        return day;
    }
}
