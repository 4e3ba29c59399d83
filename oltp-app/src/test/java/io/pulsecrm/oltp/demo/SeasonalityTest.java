package io.pulsecrm.oltp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SeasonalityTest {

    @Test
    void theFourthQuarterWeighsMoreThanTheFirst() {
        assertThat(quarter(2025, 4)).isGreaterThan(quarter(2025, 1) * 1.3);
        assertThat(quarter(2026, 4)).isGreaterThan(quarter(2026, 1) * 1.3);
    }

    @Test
    void quarterEndsAreBusierThanTheirMonthsStart() {
        assertThat(Seasonality.weight(LocalDate.of(2025, 9, 25))).isGreaterThan(Seasonality.weight(LocalDate.of(2025, 9, 4)));
    }

    @Test
    void littleHappensAroundTheSpringFestivalInNationalDayWeekAndAtWeekends() {
        LocalDate festival = Seasonality.springFestival(2026);
        assertThat(festival).isEqualTo(LocalDate.of(2026, 2, 17));
        // both Tuesdays
        assertThat(Seasonality.weight(festival)).isLessThan(Seasonality.weight(LocalDate.of(2026, 3, 17)) / 3);
        assertThat(Seasonality.weight(LocalDate.of(2025, 10, 2)))
                .isLessThan(Seasonality.weight(LocalDate.of(2025, 10, 16)) / 3);
        assertThat(Seasonality.weight(LocalDate.of(2025, 11, 15))) // Saturday
                .isLessThan(Seasonality.weight(LocalDate.of(2025, 11, 14)) / 5);
    }

    @Test
    void dayToDayWorkFollowsTheMonthsOnlyFaintly() {
        double closingSpread = Seasonality.weight(LocalDate.of(2025, 12, 10)) / Seasonality.weight(LocalDate.of(2025, 7, 10));
        double workSpread = Seasonality.activityWeight(LocalDate.of(2025, 12, 10))
                / Seasonality.activityWeight(LocalDate.of(2025, 7, 10));
        assertThat(workSpread).isGreaterThan(1).isLessThan(closingSpread);
    }

    @Test
    void samplesStayInTheirRangeAndPreferBusyDays() {
        long from = LocalDate.of(2025, 11, 1).toEpochDay();
        long to = LocalDate.of(2026, 2, 28).toEpochDay();
        Seasonality seasons = new Seasonality(from - 10, to + 10);
        SplittableRandom random = new SplittableRandom(7);
        int december = 0;
        int february = 0;
        for (int i = 0; i < 20_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(seasons.sample(from, to, random));
            assertThat(day).isBetween(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
            december += day.getMonthValue() == 12 ? 1 : 0;
            february += day.getMonthValue() == 2 ? 1 : 0;
        }
        assertThat(december).isGreaterThan(february * 3);
        assertThat(seasons.sample(from, from, random)).isEqualTo(from);
    }

    private static double quarter(int year, int quarter) {
        double sum = 0;
        LocalDate end = LocalDate.of(year, quarter * 3, 1).plusMonths(1);
        for (LocalDate day = LocalDate.of(year, quarter * 3 - 2, 1); day.isBefore(end); day = day.plusDays(1)) {
            sum += Seasonality.weight(day);
        }
        return sum;
    }
}
