package io.pulsecrm.oltp.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** Every follow-up endpoint answers bad input with a 400 naming the field, and writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpBadInputIT extends ApiIntegrationTest {

    private static final String NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private static final String TOMORROW = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    private static final String YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

    private long customer;
    private long followUp;

    @BeforeAll
    void fixture() {
        long admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
        customer = new CrmRecords(jdbc).customer(admin);
        MvcTestResult created = post("/api/v1/follow-ups", """
                {"subjectType": "CUSTOMER", "subjectId": %d, "kind": "LOG", "content": "固定样本"}""".formatted(customer));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        followUp = idOf(created);
    }

    private static String body(String subjectType, String subjectId, String kind, String method, String content,
            String occurredAt, String next) {
        return """
                {"subjectType": %s, "subjectId": %s, "kind": %s, "method": %s, "content": %s, "occurredAt": %s, "nextContactAt": %s}"""
                .formatted(subjectType, subjectId, kind, method, content, occurredAt, next);
    }

    private static String ok(String field, String value) {
        String subjectType = field.equals("subjectType") ? value : "\"CUSTOMER\"";
        String subjectId = field.equals("subjectId") ? value : "{customer}";
        String kind = field.equals("kind") ? value : "\"COMMUNICATION\"";
        String method = field.equals("method") ? value : "\"PHONE\"";
        String content = field.equals("content") ? value : "\"电话\"";
        String occurredAt = field.equals("occurredAt") ? value : "\"" + NOW + "\"";
        String next = field.equals("nextContactAt") ? value : "\"" + TOMORROW + "\"";
        return body(subjectType, subjectId, kind, method, content, occurredAt, next);
    }

    static Stream<Arguments> badRequests() {
        String path = "/api/v1/follow-ups";
        String one = path + "/{followUp}";
        return Stream.of(
                bad("POST", path, ok("subjectType", "null"), "subjectType"),
                bad("POST", path, ok("subjectType", "\"ACCOUNT\""), "subjectType"),
                bad("POST", path, ok("subjectId", "\"x\""), "subjectId"),
                bad("POST", path, ok("subjectId", "0"), "subjectId"),
                bad("POST", path, ok("subjectId", "1.5"), "subjectId"),
                bad("POST", path, ok("kind", "null"), "kind"),
                bad("POST", path, ok("kind", "\"CALL\""), "kind"),
                bad("POST", path, ok("method", "null"), "method"),
                bad("POST", path, ok("method", "\"FAX\""), "method"),
                bad("POST", path, ok("kind", "\"LOG\""), "method"),
                bad("POST", path, ok("content", "\"  \""), "content"),
                bad("POST", path, ok("content", "\"" + "字".repeat(4001) + "\""), "content"),
                bad("POST", path, ok("content", "42"), "content"),
                bad("POST", path, ok("occurredAt", "\"" + TOMORROW + "\""), "occurredAt"),
                bad("POST", path, ok("occurredAt", "\"yesterday\""), "occurredAt"),
                bad("POST", path, ok("nextContactAt", "\"" + YESTERDAY + "\""), "nextContactAt"),
                bad("POST", path, ok("nextContactAt", "\"2026-13-01T00:00:00Z\""), "nextContactAt"),
                bad("POST", path, "{\"subjectType\": \"CUSTOMER\", \"colour\": \"red\"}", "colour"),
                bad("POST", path, "{\"subjectType\": ", "body"),
                bad("POST", path, "", "body"),
                bad("PUT", one, "{\"kind\": \"LOG\", \"content\": \"x\", \"occurredAt\": \"" + NOW + "\"}", "version"),
                bad("PUT", one, "{\"kind\": \"LOG\", \"content\": \"x\", \"occurredAt\": \"" + NOW + "\", \"version\": -1}", "version"),
                bad("PUT", one, "{\"kind\": \"LOG\", \"content\": \"\", \"occurredAt\": \"" + NOW + "\", \"version\": 0}", "content"),
                bad("PUT", one, "{\"kind\": \"LOG\", \"content\": \"x\", \"version\": 0}", "occurredAt"),
                bad("PUT", one, "{\"kind\": \"COMMUNICATION\", \"content\": \"x\", \"occurredAt\": \"" + NOW + "\", \"version\": 0}",
                        "method"),
                bad("GET", path + "?subjectType=CUSTOMER", null, "subjectId"),
                bad("GET", path + "?subjectId=5", null, "subjectType"),
                bad("GET", path + "?subjectType=ACCOUNT&subjectId=5", null, "subjectType"),
                bad("GET", path + "?customerId=0", null, "customerId"),
                bad("GET", path + "?kind=CALL", null, "kind"),
                bad("GET", path + "?mine=perhaps", null, "mine"),
                bad("GET", path + "?from=yesterday", null, "from"),
                bad("GET", path + "?from=" + NOW + "&to=" + YESTERDAY, null, "to"),
                bad("GET", path + "?page=-1", null, "page"),
                bad("GET", path + "?size=101", null, "size"),
                bad("GET", path + "/abc", null, "id"),
                bad("DELETE", path + "/1.5", null, "id"));
    }

    @ParameterizedTest(name = "{0} {1} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = snapshot();

        MvcTestResult result = sendFilled(method, path, json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().doesNotContainNull();
        assertThat(snapshot()).isEqualTo(before);
    }

    private MvcTestResult sendFilled(String method, String path, String json) {
        return send(method, fill(path), json == null ? null : fill(json));
    }

    private String fill(String text) {
        return text.replace("{customer}", Long.toString(customer)).replace("{followUp}", Long.toString(followUp));
    }

    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) || '/' || coalesce(max(id), 0) from follow_up) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from task) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from operation_log) || '|' ||
                       (select f::text from follow_up f where id = ?) || '|' ||
                       (select c::text from customer c where id = ?)""").params(followUp, customer)
                .query(String.class).single();
    }

    private static Arguments bad(String method, String path, String json, String field) {
        return Arguments.of(method, path, json, field);
    }
}
