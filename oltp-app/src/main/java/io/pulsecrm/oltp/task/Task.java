package io.pulsecrm.oltp.task;

import java.time.Instant;
import java.util.Objects;

import io.pulsecrm.oltp.followup.SubjectType;
import io.pulsecrm.oltp.identity.Owner;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A task in its owner's schedule. It reminds its owner once at {@code remindAt} (the reminder job
 * stamps {@code remindedAt}); moving the reminder arms it again.
 */
@Entity
@Table(name = "task")
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private TaskPriority priority;
    private Instant dueAt;
    private Instant remindAt;
    private Instant remindedAt;
    private boolean done;
    private Instant doneAt;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;
    private Long subjectId;
    private Long followUpId;
    private long ownerId;
    private long ownerDeptId;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Task() {
    }

    static Task plan(TaskDetails details, SubjectType subjectType, Long subjectId, Owner owner, long createdBy,
            Instant now) {
        Task task = new Task();
        task.subjectType = subjectType;
        task.subjectId = subjectId;
        task.ownerId = owner.userId();
        task.ownerDeptId = owner.departmentId();
        task.createdBy = createdBy;
        task.createdAt = now;
        task.priority = TaskPriority.NORMAL;
        task.apply(details.checked(), now);
        return task;
    }

    /** The schedule entry of a follow-up's next contact, in its author's schedule. */
    static Task fromFollowUp(long followUpId, SubjectType subjectType, long subjectId, String title, Instant due,
            Instant remind, Owner author, Instant now) {
        Task task = plan(new TaskDetails(title, null, TaskPriority.NORMAL, due, remind), subjectType, subjectId,
                author, author.userId(), now);
        task.followUpId = followUpId;
        return task;
    }

    void revise(TaskDetails details, Instant now) {
        apply(details.checked(), now);
    }

    /** Moves a follow-up's schedule entry to its new next contact time. */
    void reschedule(Instant due, Instant remind, Instant now) {
        apply(new TaskDetails(title, description, priority, due, remind).checked(), now);
    }

    void markDone(Instant now) {
        if (done) {
            throw TaskStateConflict.alreadyDone(id);
        }
        done = true;
        doneAt = now;
        updatedAt = now;
    }

    void markUndone(Instant now) {
        if (!done) {
            throw TaskStateConflict.notDone(id);
        }
        done = false;
        doneAt = null;
        updatedAt = now;
    }

    /** Whether the reminder job owes the owner a reminder at {@code now}. */
    boolean reminderDue(Instant now) {
        return !done && remindedAt == null && remindAt != null && !remindAt.isAfter(now);
    }

    private void apply(TaskDetails details, Instant now) {
        if (!Objects.equals(remindAt, details.remindAt())) {
            remindedAt = null;
        }
        title = details.title();
        description = details.description();
        priority = details.priority();
        dueAt = details.dueAt();
        remindAt = details.remindAt();
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    TaskPriority getPriority() {
        return priority;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getRemindAt() {
        return remindAt;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    boolean isDone() {
        return done;
    }

    long getOwnerId() {
        return ownerId;
    }

    int getVersion() {
        return version;
    }
}
