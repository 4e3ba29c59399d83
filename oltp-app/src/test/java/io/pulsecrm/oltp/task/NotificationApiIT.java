package io.pulsecrm.oltp.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Notifications are each user's own: listed, read and marked only by their user. */
class NotificationApiIT extends ApiIntegrationTest {

    private long alice;
    private long bob;

    @BeforeEach
    void users() {
        long department = users.department(null);
        alice = users.user(department, null, "SALES_REP");
        bob = users.user(department, null, "SALES_MANAGER");
    }

    private long notify(long userId, String message) {
        return jdbc.sql("""
                insert into notification (user_id, kind, subject_type, subject_id, message)
                values (?, 'TASK_REMINDER', 'TASK', 1, ?) returning id""").params(userId, message).query(Long.class).single();
    }

    private boolean read(long id) {
        return jdbc.sql("select read_at is not null from notification where id = ?").param(id).query(Boolean.class).single();
    }

    private List<Long> listed(String path) {
        MvcTestResult page = get(path);
        assertThat(page).hasStatusOk();
        List<Number> ids = JsonPath.read(body(page), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void aUserSeesAndReadsOnlyTheirOwnNotifications() {
        long first = notify(alice, "任务提醒：一");
        long second = notify(alice, "任务提醒：二");
        long bobs = notify(bob, "任务提醒：经理的");
        token = users.tokenOf(alice);

        assertThat(listed("/api/v1/notifications")).containsExactly(second, first);
        assertThat(get("/api/v1/notifications/unread-count")).bodyJson().extractingPath("$.unread").isEqualTo(2);

        assertThat(post("/api/v1/notifications/%d/read".formatted(first), "")).hasStatusOk().bodyJson()
                .extractingPath("$.readAt").isNotNull();
        assertThat(listed("/api/v1/notifications?unread=true")).containsExactly(second);
        assertThat(post("/api/v1/notifications/%d/read".formatted(first), "")).hasStatusOk();

        assertThat(post("/api/v1/notifications/%d/read".formatted(bobs), "")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("notification-not-found");
        assertThat(read(bobs)).isFalse();
    }

    @Test
    void readAllMarksOnlyTheCallersOwn() {
        long mine = notify(alice, "任务提醒：一");
        long bobs = notify(bob, "任务提醒：经理的");
        token = users.tokenOf(alice);

        assertThat(post("/api/v1/notifications/read-all", "")).hasStatusOk().bodyJson()
                .extractingPath("$.marked").isEqualTo(1);

        assertThat(read(mine)).isTrue();
        assertThat(read(bobs)).isFalse();
        token = users.tokenOf(bob);
        assertThat(listed("/api/v1/notifications?unread=true")).containsExactly(bobs);
    }

    @Test
    void aUserWithoutTaskViewStillReadsTheirOwn() {
        long marketer = users.user(users.department(null), null, "MARKETER");
        long theirs = notify(marketer, "公海预警");
        long alices = notify(alice, "任务提醒：一");
        token = users.tokenOf(marketer);

        assertThat(get("/api/v1/notifications/unread-count")).hasStatusOk().bodyJson()
                .extractingPath("$.unread").isEqualTo(1);
        assertThat(listed("/api/v1/notifications")).containsExactly(theirs);
        assertThat(post("/api/v1/notifications/%d/read".formatted(alices), "")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/notifications/read-all", "")).hasStatusOk().bodyJson()
                .extractingPath("$.marked").isEqualTo(1);
        assertThat(read(theirs)).isTrue();
        assertThat(read(alices)).isFalse();
        assertThat(get("/api/v1/notifications/unread-count")).bodyJson().extractingPath("$.unread").isEqualTo(0);
    }
}
