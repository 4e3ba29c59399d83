package io.pulsecrm.oltp.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.followup.FollowUpRemoved;
import io.pulsecrm.oltp.followup.NextContactPlanned;
import io.pulsecrm.oltp.identity.Owner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A follow-up's next contact time lands in its author's schedule as a task, reminding them
 * {@code crm.schedule.remind-before} ahead. Handled synchronously inside the follow-up's transaction
 * (a plain listener, not an after-commit one): the follow-up and its schedule entry commit or fail together.
 */
@Component
class ScheduleFromFollowUps {

    private static final Logger log = LoggerFactory.getLogger(ScheduleFromFollowUps.class);

    private final TaskRepository tasks;
    private final OperationLog operations;
    private final ScheduleProperties schedule;
    private final Clock clock;

    ScheduleFromFollowUps(TaskRepository tasks, OperationLog operations, ScheduleProperties schedule, Clock clock) {
        this.tasks = tasks;
        this.operations = operations;
        this.schedule = schedule;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(NextContactPlanned planned) {
        Instant now = clock.instant();
        List<Task> open = tasks.findByFollowUpIdAndDoneFalse(planned.followUpId());
        if (planned.nextContactAt() == null) {
            remove(open, "next contact of follow-up " + planned.followUpId() + " cleared");
            return;
        }
        Instant due = planned.nextContactAt();
        Instant remind = due.minus(schedule.remindBefore());
        if (open.isEmpty()) {
            Task task = tasks.saveAndFlush(Task.fromFollowUp(planned.followUpId(), planned.subjectType(),
                    planned.subjectId(), planned.title(), due, remind,
                    new Owner(planned.authorId(), planned.authorDepartmentId()), now));
            operations.record(TaskService.ENTITY, task.getId(), "CREATE",
                    "next contact of follow-up " + planned.followUpId(), Changes.none());
            log.info("Task {} scheduled from follow-up {}", task.getId(), planned.followUpId());
            return;
        }
        for (Task task : open) {
            Instant before = task.getDueAt();
            task.reschedule(due, remind, now);
            tasks.saveAndFlush(task);
            operations.record(TaskService.ENTITY, task.getId(), "UPDATE", "next contact of follow-up "
                    + planned.followUpId() + " moved", Changes.none().field("dueAt", before, due));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FollowUpRemoved removed) {
        remove(tasks.findByFollowUpIdAndDoneFalse(removed.followUpId()),
                "follow-up " + removed.followUpId() + " deleted");
    }

    /** Open entries go with their follow-up's plan; done ones stay as history. */
    private void remove(List<Task> open, String why) {
        for (Task task : open) {
            tasks.delete(task);
            operations.record(TaskService.ENTITY, task.getId(), "DELETE", why, Changes.none());
        }
        tasks.flush();
    }
}
