package io.pulsecrm.oltp.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Views are counted in the user's zone: Shanghai's midnight is 16:00 UTC. */
class TaskViewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void undatedAndOverdueTasksWaitInTheInbox() {
        Instant now = Instant.parse("2026-03-01T04:00:00Z");
        assertThat(TaskView.of(null, now, SHANGHAI)).isEqualTo(TaskView.INBOX);
        assertThat(TaskView.of(now.minusSeconds(1), now, SHANGHAI)).isEqualTo(TaskView.INBOX);
        assertThat(TaskView.of(now, now, SHANGHAI)).isEqualTo(TaskView.TODAY);
    }

    @Test
    void todayEndsAtMidnightInShanghaiNotInUtc() {
        // 23:59:59 on 1 March in Shanghai
        Instant now = Instant.parse("2026-03-01T15:59:59Z");
        assertThat(TaskView.of(Instant.parse("2026-03-01T15:59:59.500Z"), now, SHANGHAI)).isEqualTo(TaskView.TODAY);
        // 00:00 on 2 March in Shanghai is tomorrow, though still 1 March in UTC
        assertThat(TaskView.of(Instant.parse("2026-03-01T16:00:00Z"), now, SHANGHAI)).isEqualTo(TaskView.NEXT);
        assertThat(TaskView.of(Instant.parse("2026-03-01T16:00:00Z"), now, ZoneId.of("UTC"))).isEqualTo(TaskView.TODAY);
    }

    @Test
    void justAfterMidnightTheSameTaskIsDueToday() {
        Instant due = Instant.parse("2026-03-01T16:30:00Z");
        assertThat(TaskView.of(due, Instant.parse("2026-03-01T15:59:59Z"), SHANGHAI)).isEqualTo(TaskView.NEXT);
        assertThat(TaskView.of(due, Instant.parse("2026-03-01T16:00:01Z"), SHANGHAI)).isEqualTo(TaskView.TODAY);
    }

    @Test
    void nextCoversTheSevenDaysAfterTodayAndLaterTheRest() {
        Instant now = Instant.parse("2026-03-01T04:00:00Z");
        // today ends 2026-03-01T16:00Z; next runs to 2026-03-08T16:00Z
        assertThat(TaskView.of(Instant.parse("2026-03-08T15:59:59Z"), now, SHANGHAI)).isEqualTo(TaskView.NEXT);
        assertThat(TaskView.of(Instant.parse("2026-03-08T16:00:00Z"), now, SHANGHAI)).isEqualTo(TaskView.LATER);
    }

    @Test
    void windowsTileTheTimelineWithoutGapsOrOverlap() {
        Instant now = Instant.parse("2026-03-01T15:30:00Z");
        TaskView.Window inbox = TaskView.INBOX.window(now, SHANGHAI);
        TaskView.Window today = TaskView.TODAY.window(now, SHANGHAI);
        TaskView.Window next = TaskView.NEXT.window(now, SHANGHAI);
        TaskView.Window later = TaskView.LATER.window(now, SHANGHAI);
        assertThat(inbox.to()).isEqualTo(now).isEqualTo(today.from());
        assertThat(today.to()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z")).isEqualTo(next.from());
        assertThat(next.to()).isEqualTo(Instant.parse("2026-03-08T16:00:00Z")).isEqualTo(later.from());
        assertThat(later.to()).isNull();
    }

    @Test
    void aDaylightSavingZoneStillGetsCalendarDays() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // 2026-03-08 is 23 hours long in New York; next still ends at local midnight 7 days after tomorrow
        Instant now = Instant.parse("2026-03-07T17:00:00Z");
        TaskView.Window next = TaskView.NEXT.window(now, newYork);
        assertThat(next.from()).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(next.to()).isEqualTo(Instant.parse("2026-03-15T04:00:00Z"));
    }
}
