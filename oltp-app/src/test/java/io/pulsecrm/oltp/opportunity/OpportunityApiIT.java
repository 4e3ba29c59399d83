package io.pulsecrm.oltp.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class OpportunityApiIT extends ApiIntegrationTest {

    @Test
    void dealIsCreatedMovedWonAndDeleted() {
        long contact = newStage("10");
        long quote = newStage("50");

        long customer = newCustomerOfCaller();
        MvcTestResult created = post("/api/v1/opportunities", """
                {"name": "杭州云帆科技 CRM 年度订阅", "amount": 128000.5, "stageId": %d, "expectedCloseDate": "2026-12-31",
                 "customerId": %d}"""
                .formatted(contact, customer));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        long id = idOf(created);
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/opportunities/" + id);
        assertThat(created).bodyJson().isLenientlyEqualTo("""
                {"name": "杭州云帆科技 CRM 年度订阅", "amount": 128000.50, "stageId": %d, "status": "OPEN",
                 "expectedCloseDate": "2026-12-31", "closedAt": null, "version": 0, "customerId": %d}"""
                .formatted(contact, customer));

        MvcTestResult moved = post("/api/v1/opportunities/%d/stage".formatted(id), "{\"stageId\": %d}".formatted(quote));
        assertThat(moved).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"stageId\": %d}".formatted(quote));
        assertThat(get("/api/v1/opportunities/%d/stage-moves".formatted(id))).bodyJson().isLenientlyEqualTo("""
                [{"fromStageId": %d, "toStageId": %d}]""".formatted(contact, quote));
        assertThat(jdbc.sql("select count(*) from opportunity_stage_move where opportunity_id = ? and from_stage_id = ? and to_stage_id = ?")
                .params(id, contact, quote).query(Long.class).single()).isOne();

        MvcTestResult won = post("/api/v1/opportunities/%d/won".formatted(id), "");
        assertThat(won).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("WON");
        assertThat(won).bodyJson().extractingPath("$.closedAt").isNotNull();

        assertThat(delete("/api/v1/opportunities/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/opportunities/" + id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from opportunity_stage_move where opportunity_id = ?")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void movingAClosedDealIsRefusedAndRecordsNothing() {
        long contact = newStage("10");
        long quote = newStage("50");
        long id = newOpportunity(contact, "5000");
        assertThat(post("/api/v1/opportunities/%d/won".formatted(id), "")).hasStatusOk();
        long movesBefore = count("opportunity_stage_move");

        MvcTestResult refused = post("/api/v1/opportunities/%d/stage".formatted(id), "{\"stageId\": %d}".formatted(quote));

        assertThat(refused).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("opportunity-closed");
        assertThat(count("opportunity_stage_move")).isEqualTo(movesBefore);
        assertThat(get("/api/v1/opportunities/" + id)).bodyJson()
                .isLenientlyEqualTo("{\"stageId\": %d}".formatted(contact));
    }

    @Test
    void lostDealKeepsItsReasonAndCanBeReopened() {
        long id = newOpportunity(newStage("30"), "800");

        MvcTestResult lost = post("/api/v1/opportunities/%d/lost".formatted(id), "{\"reason\": \"客户选择了竞争对手\"}");
        assertThat(lost).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"status": "LOST", "lostReason": "客户选择了竞争对手"}""");
        assertThat(post("/api/v1/opportunities/%d/won".formatted(id), "")).hasStatus(HttpStatus.CONFLICT);

        MvcTestResult reopened = post("/api/v1/opportunities/%d/reopen".formatted(id), "");
        assertThat(reopened).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"status": "OPEN", "lostReason": null, "closedAt": null}""");
        assertThat(post("/api/v1/opportunities/%d/reopen".formatted(id), ""))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("opportunity-not-closed");
    }

    @Test
    void updateWithTheCurrentVersionApplies() {
        long id = newOpportunity(newStage("30"), "800");

        MvcTestResult updated = put("/api/v1/opportunities/" + id, """
                {"name": "扩容到 500 席", "amount": 950000, "expectedCloseDate": null, "version": 0}""");

        assertThat(updated).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"name": "扩容到 500 席", "amount": 950000.00, "expectedCloseDate": null, "version": 1}""");
        assertThat(decimal("select amount from opportunity where id = ?", id)).isEqualByComparingTo("950000");
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndChangesNothing() {
        long id = newOpportunity(newStage("30"), "800");
        assertThat(put("/api/v1/opportunities/" + id, """
                {"name": "first writer", "amount": 900, "version": 0}""")).hasStatusOk();

        MvcTestResult stale = put("/api/v1/opportunities/" + id, """
                {"name": "second writer", "amount": 1, "version": 0}""");

        assertThat(stale).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(stale).bodyJson().extractingPath("$.errors[0].field").isEqualTo("version");
        assertThat(jdbc.sql("select name from opportunity where id = ?").param(id).query(String.class).single())
                .isEqualTo("first writer");
    }

    @Test
    void concurrentEditsOfTheSameVersionLetExactlyOneWin() throws Exception {
        long id = newOpportunity(newStage("30"), "800");
        Callable<Integer> edit = () -> put("/api/v1/opportunities/" + id, """
                {"name": "writer %s", "amount": 900, "version": 0}""".formatted(Thread.currentThread().getName()))
                .getResponse().getStatus();

        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            statuses = pool.invokeAll(List.of(edit, edit)).stream().map(OpportunityApiIT::await).toList();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.sql("select version from opportunity where id = ?").param(id).query(Integer.class).single())
                .isOne();
    }

    private static Integer await(Future<Integer> status) {
        try {
            return status.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aClosedDealCannotBeEdited() {
        long id = newOpportunity(newStage("30"), "800");
        assertThat(post("/api/v1/opportunities/%d/won".formatted(id), "")).hasStatusOk();

        assertThat(put("/api/v1/opportunities/" + id, """
                {"name": "after the fact", "amount": 1, "version": 1}"""))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("opportunity-closed");
    }

    @Test
    void listFiltersByStageAndStatusPagedAndSorted() {
        long stage = newStage("50");
        long small = newOpportunity(stage, "100");
        long large = newOpportunity(stage, "300");
        long won = newOpportunity(stage, "200");
        newOpportunity(newStage("50"), "999");
        assertThat(post("/api/v1/opportunities/%d/won".formatted(won), "")).hasStatusOk();

        MvcTestResult open = get("/api/v1/opportunities?stageId=%d&status=OPEN&sort=amount,desc".formatted(stage));
        assertThat(open).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"items": [{"id": %d}, {"id": %d}], "page": 0, "totalItems": 2, "totalPages": 1}""".formatted(large, small));

        MvcTestResult firstPage = get("/api/v1/opportunities?stageId=%d&size=2&sort=amount".formatted(stage));
        assertThat(firstPage).bodyJson().isLenientlyEqualTo("""
                {"items": [{"id": %d}, {"id": %d}], "size": 2, "totalItems": 3, "totalPages": 2}""".formatted(small, won));
        assertThat(get("/api/v1/opportunities?stageId=%d&status=WON".formatted(stage)))
                .bodyJson().extractingPath("$.items[*].id").asArray().containsExactly((int) won);
    }

    @Test
    void unknownIdsAnswer404() {
        long missing = Long.MAX_VALUE;
        for (MvcTestResult result : new MvcTestResult[] {
                get("/api/v1/opportunities/" + missing),
                get("/api/v1/opportunities/%d/stage-moves".formatted(missing)),
                put("/api/v1/opportunities/" + missing, "{\"name\": \"n\", \"amount\": 1, \"version\": 0}"),
                post("/api/v1/opportunities/%d/stage".formatted(missing), "{\"stageId\": 1}"),
                post("/api/v1/opportunities/%d/won".formatted(missing), ""),
                post("/api/v1/opportunities/%d/lost".formatted(missing), "{\"reason\": \"r\"}"),
                post("/api/v1/opportunities/%d/reopen".formatted(missing), ""),
                delete("/api/v1/opportunities/" + missing)}) {
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("opportunity-not-found");
        }
    }
}
