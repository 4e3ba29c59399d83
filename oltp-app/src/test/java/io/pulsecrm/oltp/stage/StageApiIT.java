package io.pulsecrm.oltp.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class StageApiIT extends ApiIntegrationTest {

    @Test
    void stagesAreListedInPipelineOrder() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long late = idOf(post("/api/v1/stages", "{\"name\": \"谈判审核 %s\", \"position\": 8002, \"winRate\": 80}".formatted(tag)));
        long early = idOf(post("/api/v1/stages", "{\"name\": \"初步接洽 %s\", \"position\": 8001, \"winRate\": 10}".formatted(tag)));

        List<Integer> ids = JsonPath.read(body(get("/api/v1/stages")), "$[*].id");

        assertThat(ids).containsSubsequence((int) early, (int) late);
    }

    @Test
    void stageWithoutPositionGoesLast() {
        long first = newStage("10");
        MvcTestResult appended = post("/api/v1/stages", "{\"name\": \"%s\", \"winRate\": 12.5}".formatted(UUID.randomUUID()));

        assertThat(appended).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.winRate").isEqualTo(12.5);
        int position = JsonPath.read(body(appended), "$.position");
        int before = JsonPath.read(body(get("/api/v1/stages/" + first)), "$.position");
        assertThat(position).isGreaterThan(before);
    }

    @Test
    void updateRenamesAndBumpsTheVersion() {
        long id = newStage("30");
        String name = "需求确认 " + UUID.randomUUID().toString().substring(0, 6);

        MvcTestResult updated = put("/api/v1/stages/" + id, """
                {"name": "%s", "position": 9001, "winRate": 35.25, "version": 0}""".formatted(name));

        assertThat(updated).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"name": "%s", "position": 9001, "winRate": 35.25, "version": 1}""".formatted(name));
        assertThat(decimal("select win_rate from opportunity_stage where id = ?", id)).isEqualByComparingTo("35.25");
    }

    @Test
    void staleVersionIsRefused() {
        long id = newStage("30");

        MvcTestResult stale = put("/api/v1/stages/" + id, "{\"name\": \"x%s\", \"position\": 1, \"winRate\": 1, \"version\": 5}"
                .formatted(UUID.randomUUID()));

        assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(decimal("select win_rate from opportunity_stage where id = ?", id)).isEqualByComparingTo("30");
    }

    @Test
    void duplicateNameIsRefusedOnCreateAndRename() {
        long id = newStage("30");
        String taken = JsonPath.read(body(get("/api/v1/stages/" + id)), "$.name");
        long stagesBefore = count("opportunity_stage");

        MvcTestResult duplicate = post("/api/v1/stages", "{\"name\": \"%s\", \"winRate\": 5}".formatted(taken));
        assertThat(duplicate).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"code": "stage-name-taken", "errors": [{"field": "name"}]}""");
        assertThat(count("opportunity_stage")).isEqualTo(stagesBefore);

        long other = newStage("40");
        assertThat(put("/api/v1/stages/" + other, "{\"name\": \"%s\", \"position\": 1, \"winRate\": 1, \"version\": 0}"
                .formatted(taken))).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void unusedStageIsDeleted() {
        long id = newStage("30");

        assertThat(delete("/api/v1/stages/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/stages/" + id)).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("stage-not-found");
    }

    @Test
    void stageWithDealsIsNotDeleted() {
        long id = newStage("30");
        newOpportunity(id, "100");

        MvcTestResult refused = delete("/api/v1/stages/" + id);

        assertThat(refused).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("stage-in-use");
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("1 opportunity");
        assertThat(get("/api/v1/stages/" + id)).hasStatusOk();
    }

    @Test
    void stageThatDealsPassedThroughIsNotDeleted() {
        long passed = newStage("10");
        long deal = newOpportunity(passed, "100");
        assertThat(post("/api/v1/opportunities/%d/stage".formatted(deal), "{\"stageId\": %d}".formatted(newStage("50"))))
                .hasStatusOk();

        MvcTestResult refused = delete("/api/v1/stages/" + passed);

        assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.detail").asString()
                .contains("1 recorded stage move");
    }

    @Test
    void unknownStageAnswers404() {
        assertThat(get("/api/v1/stages/" + Long.MAX_VALUE)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put("/api/v1/stages/" + Long.MAX_VALUE, "{\"name\": \"n\", \"position\": 1, \"winRate\": 1, \"version\": 0}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(delete("/api/v1/stages/" + Long.MAX_VALUE)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void stageWithoutForecastCategoryGetsTheOneItsWinRateImplies() {
        MvcTestResult created = post("/api/v1/stages", "{\"name\": \"%s\", \"winRate\": 70}".formatted(UUID.randomUUID()));

        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.forecastCategory")
                .isEqualTo("COMMIT");
        assertThat(text("select forecast_category from opportunity_stage where id = ?", idOf(created))).isEqualTo("COMMIT");
    }

    @Test
    void adminChoosesTheForecastCategoryAndAnUpdateWithoutOneKeepsIt() {
        long id = idOf(post("/api/v1/stages", "{\"name\": \"%s\", \"winRate\": 80, \"forecastCategory\": \"BEST_CASE\"}"
                .formatted(UUID.randomUUID())));
        String name = JsonPath.read(body(get("/api/v1/stages/" + id)), "$.name");

        MvcTestResult rerated = put("/api/v1/stages/" + id, """
                {"name": "%s", "position": 5, "winRate": 90, "version": 0}""".formatted(name));
        assertThat(rerated).hasStatusOk().bodyJson().extractingPath("$.forecastCategory").isEqualTo("BEST_CASE");

        MvcTestResult recategorised = put("/api/v1/stages/" + id, """
                {"name": "%s", "position": 5, "winRate": 90, "forecastCategory": "COMMIT", "version": 1}""".formatted(name));
        assertThat(recategorised).hasStatusOk().bodyJson().extractingPath("$.forecastCategory").isEqualTo("COMMIT");
        assertThat(text("select forecast_category from opportunity_stage where id = ?", id)).isEqualTo("COMMIT");
    }

    @Test
    void unknownForecastCategoryIsRefusedNamingTheFieldAndChangesNothing() {
        long id = newStage("30");
        String name = JsonPath.read(body(get("/api/v1/stages/" + id)), "$.name");
        long stagesBefore = count("opportunity_stage");

        MvcTestResult created = post("/api/v1/stages", "{\"name\": \"%s\", \"winRate\": 5, \"forecastCategory\": \"MAYBE\"}"
                .formatted(UUID.randomUUID()));
        MvcTestResult updated = put("/api/v1/stages/" + id, """
                {"name": "%s", "position": 1, "winRate": 30, "forecastCategory": "closed", "version": 0}""".formatted(name));

        for (MvcTestResult refused : List.of(created, updated)) {
            assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("forecastCategory");
        }
        assertThat(count("opportunity_stage")).isEqualTo(stagesBefore);
        assertThat(text("select forecast_category from opportunity_stage where id = ?", id)).isEqualTo("PIPELINE");
        assertThat(JsonPath.<Integer>read(body(get("/api/v1/stages/" + id)), "$.version")).isZero();
    }

    private String text(String sql, long id) {
        return jdbc.sql(sql).param(id).query(String.class).single();
    }
}
