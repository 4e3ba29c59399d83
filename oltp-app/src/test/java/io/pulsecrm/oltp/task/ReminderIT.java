package io.pulsecrm.oltp.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.pulsecrm.oltp.followup.CrmRecords;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The reminder job on the real PostgreSQL: due reminders become notifications exactly once, even
 * when several runs (this test's and the scheduled one) race for them.
 */
class ReminderIT extends ApiIntegrationTest {

    @Autowired
    private Reminders reminders;

    private long rep;

    @BeforeEach
    void rep() {
        rep = users.user(users.department(null), null, "SALES_REP");
        token = users.tokenOf(rep);
    }

    private long task(Instant due, Instant remind) {
        return idOf(post("/api/v1/tasks", """
                {"title": "给王总回电话", "dueAt": "%s", "remindAt": "%s"}""".formatted(due, remind)));
    }

    private long reminders(long task) {
        return jdbc.sql("""
                select count(*) from notification
                where user_id = ? and kind = 'TASK_REMINDER' and subject_type = 'TASK' and subject_id = ?""")
                .params(rep, task).query(Long.class).single();
    }

    /** Runs the job the way the scheduler does, until the reminder has been sent (by this run or the scheduled one). */
    private void awaitReminder(long task, long expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            reminders.sendDue();
            assertThat(reminders(task)).isEqualTo(expected);
        });
    }

    @Test
    void aDueReminderBecomesExactlyOneNotificationHoweverManyRunsRace() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long task = task(now.plus(Duration.ofMinutes(14)), now.minus(Duration.ofMinutes(1)));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(reminders::sendDue);
            }
            for (Future<Integer> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        awaitReminder(task, 1);
        reminders.sendDue();

        assertThat(reminders(task)).isOne();
        assertThat(jdbc.sql("select reminded_at is not null from task where id = ?").param(task).query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("select message from notification where subject_id = ? and kind = 'TASK_REMINDER'")
                .param(task).query(String.class).single()).startsWith("任务提醒：给王总回电话");
    }

    @Test
    void aReminderNotYetDueAndADoneTasksReminderSendNothing() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long future = task(now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(1)));
        long done = task(now.plus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(5)));
        assertThat(post("/api/v1/tasks/%d/done".formatted(done), "{\"version\": 0}")).hasStatusOk();

        reminders.sendDue();

        assertThat(reminders(future)).isZero();
        assertThat(reminders(done)).isZero();
    }

    @Test
    void movingASentReminderArmsItOnceMore() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long task = task(now.plus(Duration.ofMinutes(30)), now.minus(Duration.ofMinutes(1)));
        awaitReminder(task, 1);
        int version = jdbc.sql("select version from task where id = ?").param(task).query(Integer.class).single();

        assertThat(put("/api/v1/tasks/" + task, """
                {"title": "给王总回电话", "priority": "NORMAL", "dueAt": "%s", "remindAt": "%s", "version": %d}"""
                .formatted(now.plus(Duration.ofMinutes(30)), now, version))).hasStatus(HttpStatus.OK);

        awaitReminder(task, 2);
    }

    @Test
    void aFollowUpsNextContactSoonRemindsItsAuthorRightAway() {
        long customer = new CrmRecords(jdbc).customer(rep);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long followUp = idOf(post("/api/v1/follow-ups", """
                {"subjectType": "CUSTOMER", "subjectId": %d, "kind": "COMMUNICATION", "method": "PHONE",
                 "content": "十分钟后再打", "nextContactAt": "%s"}""".formatted(customer, now.plus(Duration.ofMinutes(10)))));
        long task = jdbc.sql("select id from task where follow_up_id = ?").param(followUp).query(Long.class).single();

        awaitReminder(task, 1);
    }
}
