package io.pulsecrm.oltp.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The demo's calendar: the company went live on the CRM {@code years} ago and everything that
 * happened lies before today 00:00 China time, so the same clock date always gives the same data
 * whatever the time of day. Times are epoch seconds, days are epoch days.
 */
final class Timeline {

    /** China Standard Time: no daylight saving, so a fixed offset is exact. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final int OFFSET_SECONDS = 8 * 3600;
    static final long DAY = 86_400L;
    static final long HOUR = 3_600L;

    final LocalDate today;
    final long todayDay;
    final long startDay;
    /** Today 00:00 in China: every past event is strictly before it. */
    final long historyEnd;

    Timeline(Clock clock, int years) {
        this.today = LocalDate.ofInstant(clock.instant(), CHINA);
        this.todayDay = today.toEpochDay();
        this.startDay = today.minusYears(years).toEpochDay();
        this.historyEnd = at(todayDay, 0);
    }

    /** A China local time of day on the given day. */
    static long at(long day, int secondOfDay) {
        return day * DAY + secondOfDay - OFFSET_SECONDS;
    }

    static long dayOf(long epochSecond) {
        return Math.floorDiv(epochSecond + OFFSET_SECONDS, DAY);
    }

    /** Some time in office hours, 09:00 to 18:30. */
    static long workTime(long day, SplittableRandom random) {
        return at(day, 9 * 3600 + random.nextInt(9 * 3600 + 1800));
    }

    /** Some time in office hours, but never before {@code notBefore}; may spill into the evening. */
    static long workTimeAfter(long day, long notBefore, SplittableRandom random) {
        long time = workTime(day, random);
        return time > notBefore ? time : notBefore + 600 + random.nextInt(3 * 3600);
    }

    /** Office hours on one of the next days (0 = the same day), after {@code after}. */
    static long officeTimeAfter(long after, int minDays, int maxDays, SplittableRandom random) {
        return workTimeAfter(dayOf(after) + Draw.between(random, minDays, maxDays), after, random);
    }

    boolean isPast(long epochSecond) {
        return epochSecond < historyEnd;
    }

    /** Months from the go-live month to the current month, both included. */
    int months() {
        return monthIndex(todayDay) + 1;
    }

    int monthIndex(long day) {
        LocalDate start = LocalDate.ofEpochDay(startDay);
        LocalDate date = LocalDate.ofEpochDay(day);
        return (date.getYear() - start.getYear()) * 12 + date.getMonthValue() - start.getMonthValue();
    }

    LocalDate month(int index) {
        return LocalDate.ofEpochDay(startDay).withDayOfMonth(1).plusMonths(index);
    }
}
