package io.pulsecrm.dashboards.filter;

import io.pulsecrm.warehouse.query.sales.DayRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The time filter's choices. A preset is the whole calendar period containing today (weeks start on Monday), and its
 * previous period is the calendar period before it (yesterday, last week, last month, …); a custom range's previous
 * period is as many days right before it.
 */
public enum Period {
    TODAY, WEEK, MONTH, QUARTER, YEAR, CUSTOM;

    /** The parameter value: {@code today}, {@code week}, … */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Period ofParameter(String value) {
        for (Period period : values()) {
            if (period.parameter().equals(value)) {
                return period;
            }
        }
        return null;
    }

    /** The calendar period of this kind containing {@code day} (not for CUSTOM). */
    DayRange containing(LocalDate day) {
        return switch (this) {
            case TODAY -> new DayRange(day, day);
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new DayRange(monday, monday.plusDays(6));
            }
            case MONTH -> new DayRange(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new DayRange(first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new DayRange(day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
            case CUSTOM -> throw new IllegalStateException("a custom range has no calendar period");
        };
    }

    /** The period before {@code range} of this kind. */
    DayRange before(DayRange range) {
        return this == CUSTOM ? range.previous() : containing(range.from().minusDays(1));
    }
}
