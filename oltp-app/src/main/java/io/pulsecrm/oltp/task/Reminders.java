package io.pulsecrm.oltp.task;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns due reminders into {@code TASK_REMINDER} notifications, exactly once: stamping
 * {@code reminded_at} and inserting the notification happen in one transaction, rows are claimed
 * with {@code for update skip locked}, and an advisory lock lets one instance at a time run a batch.
 */
@Component
class Reminders {

    /** "PulseRmd": the advisory lock of the reminder job. */
    private static final long LOCK = 0x5075_6c73_6552_6d64L;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final JdbcClient jdbc;
    private final ScheduleProperties schedule;
    private final Clock clock;

    Reminders(JdbcClient jdbc, ScheduleProperties schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Sends up to one batch of due reminders; answers how many (0 also when another instance holds the lock). */
    @Transactional
    public int sendDue() {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK)
                .query(Boolean.class).single();
        if (!locked) {
            return 0;
        }
        Instant now = clock.instant();
        // the same rule as Task.reminderDue, for many rows at once
        List<Due> due = jdbc.sql("""
                update task t set reminded_at = :now
                where t.id in (select id from task
                               where not done and reminded_at is null and remind_at is not null and remind_at <= :now
                               order by remind_at, id limit :batch for update skip locked)
                returning t.id, t.owner_id, t.title, t.due_at
                """).param("now", Timestamp.from(now)).param("batch", schedule.reminderBatch())
                .query((rs, n) -> {
                    Timestamp dueAt = rs.getTimestamp("due_at");
                    return new Due(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("title"),
                            dueAt == null ? null : dueAt.toInstant());
                })
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                insert into notification (user_id, kind, subject_type, subject_id, message, created_at)
                select u, :kind, 'TASK', t, m, :now
                from unnest(cast(:users as bigint[]), cast(:tasks as bigint[]), cast(:messages as text[])) as r(u, t, m)
                """).param("kind", Notifications.TASK_REMINDER).param("now", Timestamp.from(now))
                .param("users", due.stream().map(Due::ownerId).toArray(Long[]::new))
                .param("tasks", due.stream().map(Due::taskId).toArray(Long[]::new))
                .param("messages", due.stream().map(this::message).toArray(String[]::new))
                .update();
        log.info("Sent {} task reminders", due.size());
        return due.size();
    }

    private String message(Due due) {
        return due.dueAt() == null ? "任务提醒：" + due.title()
                : "任务提醒：%s（%s 到期）".formatted(due.title(), DUE.format(due.dueAt().atZone(schedule.zone())));
    }

    private record Due(long taskId, long ownerId, String title, Instant dueAt) {
    }
}
