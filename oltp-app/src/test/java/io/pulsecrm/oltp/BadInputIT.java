package io.pulsecrm.oltp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every endpoint answers bad input with a 400 problem naming the bad field, and writes nothing:
 * the rows of all three tables, and the fixture stage and deal, are the same before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT extends ApiIntegrationTest {

    private static final String LONG_201 = "商".repeat(201);

    private long stage;
    private long deal;
    private long customer;

    @BeforeAll
    void fixture() {
        customer = newCustomerOfCaller();
        stage = newStage("20");
        deal = newOpportunity(stage, "1000");
    }

    static Stream<Arguments> badRequests() {
        String opp = "/api/v1/opportunities";
        String dealPath = opp + "/{deal}";
        return Stream.of(
                // create an opportunity
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \" \", \"amount\": 1, \"stageId\": {stage}}", "name"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"" + LONG_201 + "\", \"amount\": 1, \"stageId\": {stage}}", "name"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": 42, \"amount\": 1, \"stageId\": {stage}}", "name"),
                bad("POST", opp, "{\"customerId\": {customer}, \"amount\": 1, \"stageId\": {stage}}", "name"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": -0.01, \"stageId\": {stage}}", "amount"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 10.001, \"stageId\": {stage}}", "amount"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 12345678901234567, \"stageId\": {stage}}", "amount"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": \"12\", \"stageId\": {stage}}", "amount"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"stageId\": {stage}}", "amount"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 1}", "stageId"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 1, \"stageId\": 9223372036854775807}", "stageId"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 1, \"stageId\": 1.5}", "stageId"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 1, \"stageId\": \"abc\"}", "stageId"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 1, \"stageId\": 0}", "stageId"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 1, \"stageId\": {stage}, \"expectedCloseDate\": \"2026-02-30\"}",
                        "expectedCloseDate"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 1, \"stageId\": {stage}, \"colour\": \"red\"}", "colour"),
                bad("POST", opp, "{\"customerId\": {customer}, \"name\": \"n\", \"amount\": 1,", "body"),
                bad("POST", opp, "", "body"),
                bad("POST", opp, "[]", "body"),
                // revise
                bad("PUT", dealPath, "{\"name\": \"n\", \"amount\": 1}", "version"),
                bad("PUT", dealPath, "{\"name\": \"n\", \"amount\": 1, \"version\": -1}", "version"),
                bad("PUT", dealPath, "{\"name\": \"n\", \"amount\": 1, \"version\": \"v1\"}", "version"),
                bad("PUT", dealPath, "{\"name\": \"n\", \"amount\": 1.234, \"version\": 0}", "amount"),
                bad("PUT", dealPath, "{\"name\": \"\", \"amount\": 1, \"version\": 0}", "name"),
                // move, lose
                bad("POST", dealPath + "/stage", "{\"stageId\": 9223372036854775807}", "stageId"),
                bad("POST", dealPath + "/stage", "{}", "stageId"),
                bad("POST", dealPath + "/stage", "{\"stageId\": null}", "stageId"),
                bad("POST", dealPath + "/lost", "{}", "reason"),
                bad("POST", dealPath + "/lost", "{\"reason\": \"  \"}", "reason"),
                bad("POST", dealPath + "/lost", "{\"reason\": \"" + "x".repeat(501) + "\"}", "reason"),
                bad("POST", dealPath + "/lost", "{\"reason\": true}", "reason"),
                bad("POST", dealPath + "/lost", "", "body"),
                // stages
                bad("POST", "/api/v1/stages", "{\"name\": \"\", \"winRate\": 10}", "name"),
                bad("POST", "/api/v1/stages", "{\"name\": \"" + "s".repeat(65) + "\", \"winRate\": 10}", "name"),
                bad("POST", "/api/v1/stages", "{\"name\": \"s\", \"winRate\": 100.01}", "winRate"),
                bad("POST", "/api/v1/stages", "{\"name\": \"s\", \"winRate\": -1}", "winRate"),
                bad("POST", "/api/v1/stages", "{\"name\": \"s\", \"winRate\": 12.345}", "winRate"),
                bad("POST", "/api/v1/stages", "{\"name\": \"s\"}", "winRate"),
                bad("POST", "/api/v1/stages", "{\"name\": \"s\", \"winRate\": 10, \"position\": -1}", "position"),
                bad("POST", "/api/v1/stages", "{\"name\": \"s\", \"winRate\": 10, \"position\": \"first\"}", "position"),
                bad("PUT", "/api/v1/stages/{stage}", "{\"name\": \"s\", \"winRate\": 10, \"version\": 0}", "position"),
                bad("PUT", "/api/v1/stages/{stage}", "{\"name\": \"s\", \"winRate\": 10, \"position\": 1}", "version"),
                // path variables and query parameters
                bad("GET", opp + "/abc", null, "id"),
                bad("POST", opp + "/1.5/won", null, "id"),
                bad("DELETE", "/api/v1/stages/abc", null, "id"),
                bad("PUT", "/api/v1/stages/x", "{\"name\": \"s\", \"winRate\": 10, \"position\": 1, \"version\": 0}", "id"),
                bad("GET", opp + "?status=won", null, "status"),
                bad("GET", opp + "?stageId=first", null, "stageId"),
                bad("GET", opp + "?page=-1", null, "page"),
                bad("GET", opp + "?size=0", null, "size"),
                bad("GET", opp + "?size=101", null, "size"),
                bad("GET", opp + "?sort=lostReason,desc", null, "sort"));
    }

    @ParameterizedTest(name = "{0} {1} {2} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = snapshot();

        MvcTestResult result = sendFilled(method, path, json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().doesNotContainNull();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void everyBadFieldOfOneRequestIsNamed() {
        MvcTestResult result = post("/api/v1/opportunities", "{\"name\": \"\", \"amount\": -5.001, \"stageId\": null}");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("name", "amount", "stageId");
    }

    private MvcTestResult sendFilled(String method, String path, String json) {
        return send(method, fill(path), json == null ? null : fill(json));
    }

    private String fill(String text) {
        return text.replace("{stage}", String.valueOf(stage)).replace("{deal}", String.valueOf(deal))
                .replace("{customer}", String.valueOf(customer));
    }

    /** Row counts of every table plus the full fixture rows: any write would change it. */
    private String snapshot() {
        List<String> parts = List.of(
                jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from opportunity").query(String.class).single(),
                jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from opportunity_stage").query(String.class).single(),
                jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from opportunity_stage_move").query(String.class).single(),
                jdbc.sql("select o::text from opportunity o where id = ?").param(deal).query(String.class).single(),
                jdbc.sql("select s::text from opportunity_stage s where id = ?").param(stage).query(String.class).single());
        return String.join("|", parts);
    }

    private static Arguments bad(String method, String path, String json, String field) {
        return Arguments.of(method, path, json, field);
    }
}
