package io.pulsecrm.oltp.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.followup.CrmRecords;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Tasks through the REST API. The organization is the test's own: manager M (DEPT_AND_CHILDREN)
 * over reps A and B (SELF) in one department; rep N elsewhere; marketer K and agent S without some task
 * permissions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskApiIT extends ApiIntegrationTest {

    private long manager;
    private long repA;
    private long repB;
    private long repN;
    private long marketer;
    private long agent;
    private CrmRecords records;

    @BeforeAll
    void organization() {
        long team = users.department(null);
        manager = users.user(team, null, "SALES_MANAGER");
        repA = users.user(team, manager, "SALES_REP");
        repB = users.user(team, manager, "SALES_REP");
        repN = users.user(users.department(null), null, "SALES_REP");
        marketer = users.user(users.department(null), null, "MARKETER");
        agent = users.user(users.department(null), null, "SERVICE_AGENT");
        records = new CrmRecords(jdbc);
    }

    private MvcTestResult create(String title, Instant due, Instant remind) {
        return post("/api/v1/tasks", """
                {"title": "%s", "priority": "HIGH", "dueAt": %s, "remindAt": %s}"""
                .formatted(title, json(due), json(remind)));
    }

    private static String json(Instant instant) {
        return instant == null ? "null" : "\"" + instant + "\"";
    }

    private int version(long task) {
        return jdbc.sql("select version from task where id = ?").param(task).query(Integer.class).single();
    }

    /** A named zone where it is about noon now: "today" has hours left on either side, whenever the test runs. */
    private static String noonZone() {
        Instant now = Instant.now();
        ZoneOffset noon = ZoneOffset.ofHours(12 - now.atZone(ZoneOffset.UTC).getHour());
        return ZoneId.getAvailableZoneIds().stream().sorted().filter(id -> !id.contains("+"))
                .filter(id -> ZoneId.of(id).getRules().getOffset(now).equals(noon)).findFirst().orElseThrow();
    }

    private List<Long> view(String view, String zone) {
        MvcTestResult page = get("/api/v1/tasks?size=100&view=" + view + (zone == null ? "" : "&zone=" + zone));
        assertThat(page).hasStatusOk();
        List<Number> ids = JsonPath.read(body(page), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void openTasksFallIntoInboxTodayNextAndLaterAndDoneOnesAreDone() {
        long me = users.user(users.department(null), null, "SALES_REP");
        token = users.tokenOf(me);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long undated = idOf(create("整理名片", null, null));
        long overdue = idOf(create("寄送合同", now.minus(Duration.ofHours(2)), null));
        long today = idOf(create("回电话", now.plus(Duration.ofMinutes(90)), now.plus(Duration.ofMinutes(60))));
        long next = idOf(create("准备方案", now.plus(Duration.ofDays(2)), null));
        long later = idOf(create("季度回访", now.plus(Duration.ofDays(10)), null));
        long done = idOf(create("已完成", now.plus(Duration.ofDays(1)), null));
        assertThat(post("/api/v1/tasks/%d/done".formatted(done), "{\"version\": 0}")).hasStatusOk();
        String zone = noonZone();

        assertThat(view("inbox", zone)).containsExactly(overdue, undated);
        assertThat(view("today", zone)).containsExactly(today);
        assertThat(view("next", zone)).containsExactly(next);
        assertThat(view("LATER", zone)).containsExactly(later);
        assertThat(view("done", null)).containsExactly(done);
        assertThat(get("/api/v1/tasks?view=today&zone=" + zone)).bodyJson()
                .extractingPath("$.items[0].view").isEqualTo("TODAY");
        assertThat(get("/api/v1/tasks")).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
    }

    @Test
    void aTaskIsDoneAndUndoneAtTheVersionItWasRead() {
        token = users.tokenOf(repA);
        long task = idOf(create("跟进报价", Instant.now().plus(Duration.ofDays(1)), null));

        assertThat(post("/api/v1/tasks/%d/done".formatted(task), "{\"version\": 0}")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"done\": true, \"view\": \"DONE\", \"version\": 1}");
        assertThat(post("/api/v1/tasks/%d/done".formatted(task), "{\"version\": 1}")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("task-done");
        assertThat(post("/api/v1/tasks/%d/undone".formatted(task), "{\"version\": 0}")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(version(task)).isEqualTo(1);
        assertThat(jdbc.sql("select done from task where id = ?").param(task).query(Boolean.class).single()).isTrue();

        assertThat(post("/api/v1/tasks/%d/undone".formatted(task), "{\"version\": 1}")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"done\": false, \"doneAt\": null, \"version\": 2}");
        assertThat(post("/api/v1/tasks/%d/done".formatted(task), "{\"version\": 1}")).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(get("/api/v1/tasks/%d/logs".formatted(task))).bodyJson().extractingPath("$[*].action").asArray()
                .containsExactly("REOPEN", "COMPLETE", "CREATE");
    }

    @Test
    void aTaskIsRevisedAtTheVersionItWasRead() {
        token = users.tokenOf(repA);
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(3));
        long task = idOf(create("演示", due, null));

        assertThat(put("/api/v1/tasks/" + task, """
                {"title": "现场演示", "description": "带投影仪", "priority": "LOW", "dueAt": "%s", "remindAt": "%s",
                 "version": 0}""".formatted(due, due.minus(Duration.ofHours(1))))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"title\": \"现场演示\", \"description\": \"带投影仪\", \"priority\": \"LOW\", \"version\": 1}");
        assertThat(put("/api/v1/tasks/" + task, """
                {"title": "旧的", "priority": "LOW", "version": 0}""")).hasStatus(HttpStatus.CONFLICT);
        assertThat(jdbc.sql("select title from task where id = ?").param(task).query(String.class).single()).isEqualTo("现场演示");
    }

    @Test
    void aManagerAssignsATaskToTheTeamAndTheAssigneeIsNotified() {
        token = users.tokenOf(manager);
        MvcTestResult assigned = post("/api/v1/tasks", """
                {"title": "拜访华东大客户", "assigneeId": %d}""".formatted(repA));

        assertThat(assigned).hasStatus(HttpStatus.CREATED).bodyJson()
                .isLenientlyEqualTo("{\"ownerId\": %d, \"createdBy\": %d, \"view\": \"INBOX\"}".formatted(repA, manager));
        assertThat(jdbc.sql("""
                select count(*) from notification where user_id = ? and kind = 'TASK_ASSIGNED' and subject_id = ?""")
                .params(repA, idOf(assigned)).query(Long.class).single()).isOne();
    }

    @Test
    void aRepCannotAssignOutsideTheirScopeAndAnUnknownAssigneeIsBadInput() {
        token = users.tokenOf(repA);
        long before = count("task") + count("notification");
        assertThat(post("/api/v1/tasks", "{\"title\": \"帮忙\", \"assigneeId\": %d}".formatted(repB)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.errors[0].field").isEqualTo("assigneeId");
        assertThat(post("/api/v1/tasks", "{\"title\": \"帮忙\", \"assigneeId\": 999999999}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("assigneeId");
        assertThat(count("task") + count("notification")).isEqualTo(before);
    }

    @Test
    void someoneElsesTaskIsOutOfReachUnlessTheyAreInScope() {
        token = users.tokenOf(repA);
        long task = idOf(create("A 的任务", null, null));

        token = users.tokenOf(repB);
        assertThat(get("/api/v1/tasks/" + task)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/tasks/%d/done".formatted(task), "{\"version\": 0}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put("/api/v1/tasks/" + task, "{\"title\": \"改\", \"priority\": \"LOW\", \"version\": 0}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(delete("/api/v1/tasks/" + task)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/tasks?ownerId=" + repA)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(version(task)).isZero();

        token = users.tokenOf(manager);
        assertThat(view("inbox&ownerId=" + repA, null)).contains(task);
        assertThat(post("/api/v1/tasks/%d/done".formatted(task), "{\"version\": 0}")).hasStatusOk();
    }

    @Test
    void aTaskAboutARecordNeedsARecordTheCallerMayRead() {
        long mine = records.customer(repA);
        long foreign = records.customer(repN);
        token = users.tokenOf(repA);
        long before = count("task");

        assertThat(post("/api/v1/tasks", "{\"title\": \"回访\", \"subjectType\": \"CUSTOMER\", \"subjectId\": %d}"
                .formatted(foreign))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].message").isEqualTo("customer " + foreign + " does not exist");
        assertThat(post("/api/v1/tasks", "{\"title\": \"回访\", \"subjectType\": \"CUSTOMER\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("subjectId");
        assertThat(count("task")).isEqualTo(before);

        assertThat(post("/api/v1/tasks", "{\"title\": \"回访\", \"subjectType\": \"CUSTOMER\", \"subjectId\": %d}"
                .formatted(mine))).hasStatus(HttpStatus.CREATED).bodyJson()
                .isLenientlyEqualTo("{\"subjectType\": \"CUSTOMER\", \"subjectId\": %d}".formatted(mine));
    }

    @Test
    void withoutThePermissionAnswers403AndNothingChanges() {
        token = users.tokenOf(agent);
        long task = idOf(create("客服回访", null, null));
        long before = count("task");

        assertThat(delete("/api/v1/tasks/" + task)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("permission-denied");
        token = users.tokenOf(marketer);
        assertThat(create("活动准备", null, null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/tasks")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("task")).isEqualTo(before);
    }

    @Test
    void theOwnerDeletesATask() {
        token = users.tokenOf(repA);
        long task = idOf(create("临时", null, null));
        assertThat(delete("/api/v1/tasks/" + task)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/tasks/" + task)).hasStatus(HttpStatus.NOT_FOUND);
    }
}
