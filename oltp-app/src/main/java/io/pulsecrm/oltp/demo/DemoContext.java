package io.pulsecrm.oltp.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** What every record generator shares during one run: where rows go, the calendar, the org and the catalogue. */
final class DemoContext {

    /** Notifications are kept for what happened in the last two weeks: older ones would have been cleared. */
    private static final long NOTIFY_WINDOW = 14 * Timeline.DAY;

    final CopyWriter writer;
    final Timeline timeline;
    final Seasonality seasons;
    final Org org;
    final Catalogue catalogue;
    final DemoScale scale;
    final Actuals actuals;
    private final Map<Integer, Integer> contractNumbers = new HashMap<>();
    private final Map<Integer, Integer> receiptNumbers = new HashMap<>();

    DemoContext(CopyWriter writer, Timeline timeline, Org org, Catalogue catalogue, DemoScale scale) {
        this.writer = writer;
        this.timeline = timeline;
        // deals created near today may close up to a year ahead
        this.seasons = new Seasonality(timeline.startDay - 31, timeline.todayDay + 400);
        this.org = org;
        this.catalogue = catalogue;
        this.scale = scale;
        this.actuals = new Actuals(org.sellers().size(), timeline.months());
    }

    Rows rows(DemoTable table) {
        return writer.rows(table);
    }

    long id(DemoTable table) {
        return writer.nextId(table);
    }

    /** A creation entry in the operation log, when the scale keeps one. */
    void logCreate(String entityType, long entityId, long actorId, long time, String summary) {
        if (scale.operationLog()) {
            rows(DemoTable.OPERATION_LOG).num(id(DemoTable.OPERATION_LOG)).text(entityType).num(entityId)
                    .text("CREATE").num(actorId).ts(time).text(summary).end();
        }
    }

    /** A notification about something that happened at {@code time}, if that was recent; older ones are mostly read. */
    void notify(long userId, String kind, String subjectType, long subjectId, String message, long time,
            SplittableRandom random) {
        if (time < timeline.historyEnd - NOTIFY_WINDOW || time >= timeline.historyEnd) {
            return;
        }
        long readAt = 0;
        if (time < timeline.historyEnd - 2 * Timeline.DAY && Draw.chance(random, 0.7)) {
            readAt = Math.min(time + Draw.between(random, 600L, 36 * Timeline.HOUR), timeline.historyEnd - 1);
        }
        rows(DemoTable.NOTIFICATION).num(id(DemoTable.NOTIFICATION)).num(userId).text(kind).text(subjectType)
                .ref(subjectId).text(message).ts(time).ts(readAt).end();
    }

    /** HT-2025-000123: numbered per signing year. */
    String contractNumber(long signedDay) {
        return number("HT-", signedDay, contractNumbers);
    }

    /** HK-2025-000123: numbered per year received. */
    String receiptNumber(long receivedDay) {
        return number("HK-", receivedDay, receiptNumbers);
    }

    private static String number(String prefix, long day, Map<Integer, Integer> counters) {
        int year = LocalDate.ofEpochDay(day).getYear();
        int next = counters.merge(year, 1, Integer::sum);
        return prefix + year + "-" + String.format("%06d", next);
    }
}
