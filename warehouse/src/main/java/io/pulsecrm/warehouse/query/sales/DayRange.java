package io.pulsecrm.warehouse.query.sales;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days from {@code from} to {@code to}, both included. */
public record DayRange(LocalDate from, LocalDate to) {

    public DayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " to " + to);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The range of the same length that ends the day before this one starts. */
    public DayRange previous() {
        return new DayRange(from.minusDays(days()), from.minusDays(1));
    }
}
