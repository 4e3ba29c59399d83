package io.pulsecrm.oltp.task;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.followup.SubjectLookup;
import io.pulsecrm.oltp.followup.SubjectType;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of tasks, one transaction each. A task is the business of its owner and of whoever
 * has the owner in their data scope (a manager sees and closes the tasks of the team).
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    static final String ENTITY = "TASK";
    private static final Logger log = LoggerFactory.getLogger(TaskService.class);

    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final SubjectLookup subjects;
    private final Notifications notifications;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final OperationLog operations;
    private final ScheduleProperties schedule;
    private final Clock clock;

    TaskService(TaskRepository tasks, TaskQueries queries, SubjectLookup subjects, Notifications notifications,
            CurrentViewer viewer, Owners owners, OperationLog operations, ScheduleProperties schedule, Clock clock) {
        this.tasks = tasks;
        this.queries = queries;
        this.subjects = subjects;
        this.notifications = notifications;
        this.viewer = viewer;
        this.owners = owners;
        this.operations = operations;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The view of the caller's tasks, or of a user in the caller's scope (403 otherwise). */
    public PageResponse<TaskRow> view(TaskView view, Long ownerId, ZoneId zone, int page, int size) {
        Viewer me = viewer.get();
        long owner = ownerId == null ? me.userId() : ownerId;
        if (!me.sees(owner)) {
            throw PermissionDenied.outOfScope("ownerId");
        }
        return queries.view(owner, view, clock.instant(), zone == null ? schedule.zone() : zone, page, size);
    }

    public TaskRow get(long id) {
        TaskRow row = queries.find(id, clock.instant(), schedule.zone()).orElseThrow(() -> new TaskNotFound(id));
        if (!viewer.get().sees(row.ownerId())) {
            throw new TaskNotFound(id);
        }
        return row;
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    /**
     * Plans a task for the caller or for a user in their scope, optionally about a record the
     * caller may read (a record out of reach is reported as not existing).
     */
    @Transactional
    public TaskRow create(TaskDetails details, SubjectType subjectType, Long subjectId, Long assigneeId) {
        Viewer me = viewer.get();
        details.checked();
        if ((subjectType == null) != (subjectId == null)) {
            throw new InvalidTask(subjectType == null ? "subjectType" : "subjectId", "subjectType and subjectId go together");
        }
        if (subjectType != null && subjects.readable(me, subjectType, subjectId).isEmpty()) {
            throw new InvalidTask("subjectId", subjectType.describe(subjectId) + " does not exist");
        }
        Owner owner = assigneeId == null || assigneeId == me.userId() ? owners.self(me)
                : owners.assignable(me, "assigneeId", assigneeId);
        Instant now = clock.instant();
        Task task = tasks.saveAndFlush(Task.plan(details, subjectType, subjectId, owner, me.userId(), now));
        operations.record(ENTITY, task.getId(), "CREATE", "task planned for user " + owner.userId(), Changes.none());
        if (owner.userId() != me.userId()) {
            notifications.taskAssigned(owner.userId(), task.getId(), task.getTitle(), me.displayName());
        }
        log.info("Task {} planned by user {} for user {}", task.getId(), me.userId(), owner.userId());
        return row(task.getId());
    }

    @Transactional
    public TaskRow revise(long id, TaskDetails details, int version) {
        Task task = changeable(id, version);
        Changes changes = Changes.none();
        String title = task.getTitle();
        String description = task.getDescription();
        TaskPriority priority = task.getPriority();
        Instant due = task.getDueAt();
        Instant remind = task.getRemindAt();
        task.revise(details, clock.instant());
        tasks.saveAndFlush(task);
        changes.field("title", title, task.getTitle()).field("description", description, task.getDescription())
                .field("priority", priority, task.getPriority()).field("dueAt", due, task.getDueAt())
                .field("remindAt", remind, task.getRemindAt());
        operations.record(ENTITY, id, "UPDATE", "task revised", changes);
        return row(id);
    }

    @Transactional
    public TaskRow markDone(long id, int version) {
        Task task = changeable(id, version);
        task.markDone(clock.instant());
        tasks.saveAndFlush(task);
        operations.record(ENTITY, id, "COMPLETE", "task done", Changes.none().field("done", false, true));
        return row(id);
    }

    @Transactional
    public TaskRow markUndone(long id, int version) {
        Task task = changeable(id, version);
        task.markUndone(clock.instant());
        tasks.saveAndFlush(task);
        operations.record(ENTITY, id, "REOPEN", "task reopened", Changes.none().field("done", true, false));
        return row(id);
    }

    @Transactional
    public void delete(long id) {
        Task task = changeable(id, null);
        tasks.delete(task);
        tasks.flush();
        operations.record(ENTITY, id, "DELETE", "task deleted: " + task.getTitle(), Changes.none());
        log.info("Task {} deleted by user {}", id, viewer.get().userId());
    }

    /** The task if its owner is in the caller's scope (404 otherwise) and the version is current (409). */
    private Task changeable(long id, Integer version) {
        Task task = tasks.findById(id).orElseThrow(() -> new TaskNotFound(id));
        if (!viewer.get().sees(task.getOwnerId())) {
            throw new TaskNotFound(id);
        }
        if (version != null) {
            StaleVersion.check("task", id, version, task.getVersion());
        }
        return task;
    }

    private TaskRow row(long id) {
        return queries.find(id, clock.instant(), schedule.zone()).orElseThrow();
    }
}
