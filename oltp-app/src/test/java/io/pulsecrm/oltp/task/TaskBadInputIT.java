package io.pulsecrm.oltp.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every task and notification endpoint answers bad input with a 400 naming the field, and writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskBadInputIT extends ApiIntegrationTest {

    private long task;

    @BeforeAll
    void fixture() {
        MvcTestResult created = post("/api/v1/tasks", "{\"title\": \"固定样本\", \"dueAt\": \"2030-01-01T09:00:00+08:00\"}");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        task = idOf(created);
    }

    static Stream<Arguments> badRequests() {
        String path = "/api/v1/tasks";
        String one = path + "/{task}";
        return Stream.of(
                bad("POST", path, "{\"title\": \" \"}", "title"),
                bad("POST", path, "{}", "title"),
                bad("POST", path, "{\"title\": \"" + "t".repeat(201) + "\"}", "title"),
                bad("POST", path, "{\"title\": [\"x\"]}", "title"),
                bad("POST", path, "{\"title\": \"t\", \"description\": \"" + "d".repeat(2001) + "\"}", "description"),
                bad("POST", path, "{\"title\": \"t\", \"priority\": \"URGENT\"}", "priority"),
                bad("POST", path, "{\"title\": \"t\", \"dueAt\": \"tomorrow\"}", "dueAt"),
                bad("POST", path, "{\"title\": \"t\", \"remindAt\": \"2030-01-01T09:00:00Z\"}", "remindAt"),
                bad("POST", path, "{\"title\": \"t\", \"dueAt\": \"2030-01-01T09:00:00Z\", \"remindAt\": \"2030-01-01T09:00:01Z\"}",
                        "remindAt"),
                bad("POST", path, "{\"title\": \"t\", \"subjectType\": \"CUSTOMER\"}", "subjectId"),
                bad("POST", path, "{\"title\": \"t\", \"subjectId\": 5}", "subjectType"),
                bad("POST", path, "{\"title\": \"t\", \"subjectType\": \"CUSTOMER\", \"subjectId\": 999999999}", "subjectId"),
                bad("POST", path, "{\"title\": \"t\", \"subjectType\": \"TICKET\", \"subjectId\": 1}", "subjectType"),
                bad("POST", path, "{\"title\": \"t\", \"assigneeId\": 0}", "assigneeId"),
                bad("POST", path, "{\"title\": \"t\", \"assigneeId\": 999999999}", "assigneeId"),
                bad("POST", path, "{\"title\": \"t\", \"owner\": 1}", "owner"),
                bad("PUT", one, "{\"title\": \"t\", \"priority\": \"LOW\"}", "version"),
                bad("PUT", one, "{\"title\": \"t\", \"version\": 0}", "priority"),
                bad("PUT", one, "{\"title\": \"t\", \"priority\": \"LOW\", \"remindAt\": \"2030-01-01T09:00:00Z\", \"version\": 0}",
                        "remindAt"),
                bad("POST", one + "/done", "{}", "version"),
                bad("POST", one + "/done", "{\"version\": \"v0\"}", "version"),
                bad("POST", one + "/done", "", "body"),
                bad("POST", one + "/undone", "{\"version\": -1}", "version"),
                bad("GET", path + "?view=tomorrow", null, "view"),
                bad("GET", path + "?zone=Mars/Olympus", null, "zone"),
                bad("GET", path + "?ownerId=0", null, "ownerId"),
                bad("GET", path + "?size=0", null, "size"),
                bad("GET", path + "/x", null, "id"),
                bad("GET", "/api/v1/notifications?unread=maybe", null, "unread"),
                bad("GET", "/api/v1/notifications?page=-1", null, "page"),
                bad("POST", "/api/v1/notifications/abc/read", null, "id"));
    }

    @ParameterizedTest(name = "{0} {1} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = snapshot();

        MvcTestResult result = send(method, path.replace("{task}", Long.toString(task)), json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) || '/' || coalesce(max(id), 0) from task) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from notification) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from operation_log) || '|' ||
                       (select t::text from task t where id = ?)""").param(task).query(String.class).single();
    }

    private static Arguments bad(String method, String path, String json, String field) {
        return Arguments.of(method, path, json, field);
    }
}
