package io.pulsecrm.oltp.task;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.schedule.*}: how the schedule and its reminders behave.
 *
 * @param zone             the time zone "today" is counted in when a request names none
 * @param remindBefore     how long before a follow-up's next contact its task reminds the author
 * @param reminderInterval how often the reminder job looks for due reminders
 * @param reminderBatch    reminders sent per transaction; the job repeats while batches are full
 * @param remindersEnabled whether this instance runs the reminder job (every instance may: one runs at a time)
 */
@ConfigurationProperties("crm.schedule")
public record ScheduleProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("15m") Duration remindBefore,
        @DefaultValue("30s") Duration reminderInterval,
        @DefaultValue("500") int reminderBatch,
        @DefaultValue("true") boolean remindersEnabled) {

    public ScheduleProperties {
        if (remindBefore.isNegative()) {
            throw new IllegalArgumentException("crm.schedule.remind-before must not be negative");
        }
        if (reminderBatch < 1) {
            throw new IllegalArgumentException("crm.schedule.reminder-batch must be at least 1");
        }
    }
}
