package io.pulsecrm.oltp.task;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Reminders} every {@code crm.schedule.reminder-interval}. A full batch means more
 * may be due, so it goes on until a batch comes back short; each batch is its own transaction.
 */
@Component
@ConditionalOnProperty(name = "crm.schedule.reminders-enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    private final Reminders reminders;
    private final ScheduleProperties schedule;

    ReminderJob(Reminders reminders, ScheduleProperties schedule) {
        this.reminders = reminders;
        this.schedule = schedule;
    }

    @Scheduled(fixedDelayString = "${crm.schedule.reminder-interval:30s}",
            initialDelayString = "${crm.schedule.reminder-interval:30s}")
    void run() {
        int sent;
        do {
            sent = reminders.sendDue();
        } while (sent == schedule.reminderBatch());
    }
}
