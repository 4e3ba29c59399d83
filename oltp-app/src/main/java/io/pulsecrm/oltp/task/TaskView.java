package io.pulsecrm.oltp.task;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The views of a user's tasks (收件箱 · 今天 · 下一步 · 以后 · 已完成). Open tasks fall into exactly one
 * of the first four by their due time, counted in the user's time zone:
 * <ul>
 * <li>INBOX: no due time, or overdue (due before now)</li>
 * <li>TODAY: due from now until midnight</li>
 * <li>NEXT: due in the 7 days after today</li>
 * <li>LATER: due after that</li>
 * </ul>
 */
public enum TaskView {
    INBOX, TODAY, NEXT, LATER, DONE;

    /** The view an open task due at {@code due} is in at {@code now}. */
    public static TaskView of(Instant due, Instant now, ZoneId zone) {
        if (due == null || due.isBefore(now)) {
            return INBOX;
        }
        ZonedDateTime tomorrow = tomorrow(now, zone);
        if (due.isBefore(tomorrow.toInstant())) {
            return TODAY;
        }
        return due.isBefore(tomorrow.plusDays(7).toInstant()) ? NEXT : LATER;
    }

    /** The due times of this view's open tasks: {@code [from, to)}, a null end is open. */
    Window window(Instant now, ZoneId zone) {
        ZonedDateTime tomorrow = tomorrow(now, zone);
        return switch (this) {
            case INBOX -> new Window(null, now);
            case TODAY -> new Window(now, tomorrow.toInstant());
            case NEXT -> new Window(tomorrow.toInstant(), tomorrow.plusDays(7).toInstant());
            case LATER -> new Window(tomorrow.plusDays(7).toInstant(), null);
            case DONE -> throw new IllegalStateException("done tasks are not picked by due time");
        };
    }

    /** Midnight that starts tomorrow in the zone (atStartOfDay copes with days that skip midnight). */
    private static ZonedDateTime tomorrow(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone);
    }

    record Window(Instant from, Instant to) {
    }
}
