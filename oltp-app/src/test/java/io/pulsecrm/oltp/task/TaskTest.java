package io.pulsecrm.oltp.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.pulsecrm.oltp.followup.SubjectType;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class TaskTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final Owner OWNER = new Owner(1, 1);

    private static Task task(Instant due, Instant remind) {
        Task task = Task.plan(new TaskDetails("回访", null, null, due, remind), null, null, OWNER, 1, NOW);
        ReflectionTestUtils.setField(task, "id", 42L);
        return task;
    }

    @Test
    void aReminderIsDueOnceItsTimeHasCome() {
        Task task = task(NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofMinutes(45)));
        assertThat(task.reminderDue(NOW)).isFalse();
        assertThat(task.reminderDue(NOW.plus(Duration.ofMinutes(45)))).isTrue();
        assertThat(task.reminderDue(NOW.plus(Duration.ofHours(5)))).isTrue();
    }

    @Test
    void aSentReminderIsNotDueAgainUntilItIsMoved() {
        Task task = task(NOW.plus(Duration.ofHours(1)), NOW);
        ReflectionTestUtils.setField(task, "remindedAt", NOW);
        assertThat(task.reminderDue(NOW.plusSeconds(30))).isFalse();

        task.revise(new TaskDetails("回访", null, TaskPriority.HIGH, NOW.plus(Duration.ofHours(1)), NOW), NOW);
        assertThat(task.reminderDue(NOW.plusSeconds(30))).as("same reminder time: stays sent").isFalse();

        task.revise(new TaskDetails("回访", null, TaskPriority.HIGH, NOW.plus(Duration.ofHours(2)),
                NOW.plus(Duration.ofMinutes(90))), NOW);
        assertThat(task.getRemindedAt()).isNull();
        assertThat(task.reminderDue(NOW.plus(Duration.ofMinutes(90)))).isTrue();
    }

    @Test
    void doneTasksAndTasksWithoutReminderAreNeverDue() {
        assertThat(task(NOW, null).reminderDue(NOW.plus(Duration.ofDays(1)))).isFalse();
        Task done = task(NOW, NOW);
        done.markDone(NOW);
        assertThat(done.reminderDue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void doneAndUndoneFlipOnlyFromTheOtherState() {
        Task task = task(null, null);
        assertThatThrownBy(() -> task.markUndone(NOW)).isInstanceOf(TaskStateConflict.class)
                .extracting(e -> ((TaskStateConflict) e).code()).isEqualTo("task-not-done");
        task.markDone(NOW);
        assertThat(task.isDone()).isTrue();
        assertThatThrownBy(() -> task.markDone(NOW)).isInstanceOf(TaskStateConflict.class)
                .extracting(e -> ((TaskStateConflict) e).code()).isEqualTo("task-done");
        task.markUndone(NOW);
        assertThat(task.isDone()).isFalse();
    }

    @Test
    void aReminderNeedsADueTimeAndMayNotComeAfterIt() {
        assertThatThrownBy(() -> task(null, NOW)).isInstanceOf(InvalidTask.class)
                .satisfies(e -> assertThat(((InvalidTask) e).problems()).contains(new FieldProblem("remindAt", "needs a dueAt")));
        assertThatThrownBy(() -> task(NOW, NOW.plusSeconds(1))).isInstanceOf(InvalidTask.class)
                .satisfies(e -> assertThat(((InvalidTask) e).problems())
                        .contains(new FieldProblem("remindAt", "must not be after dueAt")));
        assertThat(task(NOW, NOW).getRemindAt()).isEqualTo(NOW);
    }

    @Test
    void aFollowUpsNextContactRemindsItsAuthorAheadOfTime() {
        Instant due = NOW.plus(Duration.ofDays(1));
        Task task = Task.fromFollowUp(9, SubjectType.CUSTOMER, 7, "约演示", due, due.minus(Duration.ofMinutes(15)),
                new Owner(5, 3), NOW);
        assertThat(task.getOwnerId()).isEqualTo(5);
        assertThat(task.getPriority()).isEqualTo(TaskPriority.NORMAL);
        assertThat(task.getRemindAt()).isEqualTo(due.minus(Duration.ofMinutes(15)));
        assertThat(ReflectionTestUtils.getField(task, "followUpId")).isEqualTo(9L);
    }
}
