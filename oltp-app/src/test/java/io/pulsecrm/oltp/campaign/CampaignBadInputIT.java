package io.pulsecrm.oltp.campaign;

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

/** Every campaign endpoint answers bad input with a 400 naming the field, and writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignBadInputIT extends ApiIntegrationTest {

    private static final String PLAN = """
            {"name": %s, "channel": %s, "budget": %s, "startDate": %s, "endDate": %s%s}""";

    private long campaign;

    @BeforeAll
    void fixture() {
        MvcTestResult created = post("/api/v1/campaigns", plan("name", "\"固定样本\""));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        campaign = idOf(created);
    }

    /** A valid plan with one field replaced (or, for "extra", a property added). */
    private static String plan(String field, String value) {
        return PLAN.formatted(field.equals("name") ? value : "\"春季展\"", field.equals("channel") ? value : "\"EVENT\"",
                field.equals("budget") ? value : "1000", field.equals("startDate") ? value : "\"2026-04-01\"",
                field.equals("endDate") ? value : "\"2026-04-30\"", field.equals("extra") ? ", " + value : "");
    }

    static Stream<Arguments> badRequests() {
        String path = "/api/v1/campaigns";
        String one = path + "/{campaign}";
        return Stream.of(
                bad("POST", path, plan("name", "\" \""), "name"),
                bad("POST", path, plan("name", "\"" + "n".repeat(201) + "\""), "name"),
                bad("POST", path, plan("channel", "\"TV\""), "channel"),
                bad("POST", path, plan("channel", "null"), "channel"),
                bad("POST", path, plan("budget", "-1"), "budget"),
                bad("POST", path, plan("budget", "1.234"), "budget"),
                bad("POST", path, plan("budget", "\"12\""), "budget"),
                bad("POST", path, plan("budget", "12345678901234567"), "budget"),
                bad("POST", path, plan("startDate", "null"), "startDate"),
                bad("POST", path, plan("startDate", "\"2026-02-30\""), "startDate"),
                bad("POST", path, plan("endDate", "\"2026-03-31\""), "endDate"),
                bad("POST", path, plan("extra", "\"description\": \"" + "d".repeat(2001) + "\""), "description"),
                bad("POST", path, plan("extra", "\"status\": \"ACTIVE\""), "status"),
                bad("PUT", one, plan("name", "\"x\""), "version"),
                bad("PUT", one, plan("extra", "\"version\": -1"), "version"),
                bad("POST", one + "/status", "{\"status\": \"RUNNING\", \"version\": 0}", "status"),
                bad("POST", one + "/status", "{\"status\": \"ACTIVE\"}", "version"),
                bad("POST", one + "/costs", "{\"amount\": -1, \"incurredOn\": \"2026-04-02\"}", "amount"),
                bad("POST", one + "/costs", "{\"amount\": 0.001, \"incurredOn\": \"2026-04-02\"}", "amount"),
                bad("POST", one + "/costs", "{\"incurredOn\": \"2026-04-02\"}", "amount"),
                bad("POST", one + "/costs", "{\"amount\": 1}", "incurredOn"),
                bad("POST", one + "/costs", "{\"amount\": 1, \"incurredOn\": \"2026-03-31\"}", "incurredOn"),
                bad("POST", one + "/costs", "{\"amount\": 1, \"incurredOn\": \"2026-04-02\", \"note\": \"" + "n".repeat(501) + "\"}",
                        "note"),
                bad("DELETE", one + "/costs/x", null, "costId"),
                bad("GET", path + "?status=RUNNING", null, "status"),
                bad("GET", path + "?channel=TV", null, "channel"),
                bad("GET", path + "?sort=colour", null, "sort"),
                bad("GET", path + "?sort=name,sideways", null, "sort"),
                bad("GET", path + "?from=2026-05-01&to=2026-04-01", null, "to"),
                bad("GET", path + "?from=may", null, "from"),
                bad("GET", path + "?q=" + "q".repeat(101), null, "q"),
                bad("GET", path + "?size=0", null, "size"),
                bad("GET", path + "/abc", null, "id"));
    }

    @ParameterizedTest(name = "{0} {1} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = snapshot();

        MvcTestResult result = send(method, path.replace("{campaign}", Long.toString(campaign)), json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) || '/' || coalesce(max(id), 0) from campaign) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from campaign_cost) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from operation_log) || '|' ||
                       (select c::text from campaign c where id = ?)""").param(campaign).query(String.class).single();
    }

    private static Arguments bad(String method, String path, String json, String field) {
        return Arguments.of(method, path, json, field);
    }
}
