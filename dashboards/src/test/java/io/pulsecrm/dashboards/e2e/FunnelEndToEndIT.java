package io.pulsecrm.dashboards.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.localstack.LocalStack;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lead's whole journey through oltp-app's REST API — created, qualified, converted with a deal, moved forward, back
 * and forward again, won — becomes exactly the funnel transitions a person would write down, in ClickHouse, through
 * CDC, Kafka Streams and the sink; the times in each step are PostgreSQL's own; and {@code ./crm reconcile} agrees.
 */
class FunnelEndToEndIT {

    private static final Duration REPLICATED = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FACTS = """
            SELECT to_step, to_stage_id, from_step, from_stage_id, backward, ms_in_from_step, owner_id, owner_dept_id,
                   ifNull(source, ''), ifNull(customer_id, 0)
            FROM funnel_transition FINAL
            WHERE is_deleted = 0 AND ((entity_type = 'LEAD' AND entity_id = ?) OR (entity_type = 'OPPORTUNITY' AND entity_id = ?)
                  OR (entity_type = 'CUSTOMER' AND entity_id = ?))
            """;
    /** A time as the facts keep it: PostgreSQL's microseconds truncated to milliseconds. */
    private static final String MS = "floor(extract(epoch from %s) * 1000)::bigint";

    private final FullStack stack = FullStack.shared();
    private final CrmOrganization pg = new CrmOrganization(LocalStack.shared().postgres());

    private record Fact(long ms, long owner, long dept, String source, long customer) {}

    @Test
    void leadToWonDealIsEveryTransitionOnceWithItsTimeInStepAndReconciles() throws Exception {
        long s1 = stack.api.createStage(PipelineEndToEndIT.unique("funnel-1"), 940, "10.00");
        long s2 = stack.api.createStage(PipelineEndToEndIT.unique("funnel-2"), 941, "40.00");
        long s3 = stack.api.createStage(PipelineEndToEndIT.unique("funnel-3"), 942, "70.00");

        JsonNode lead = call("/api/v1/leads", Map.of("name", "王芳", "company", "漏斗测试有限公司", "source", "EXHIBITION"));
        long leadId = lead.get("id").asLong();
        JsonNode qualified = call("/api/v1/leads/" + leadId + "/qualify", Map.of("version", lead.get("version").asInt()));
        JsonNode converted = call("/api/v1/leads/" + leadId + "/convert", Map.of("version", qualified.get("version").asInt(),
                "opportunity", Map.of("name", "漏斗商机", "amount", new java.math.BigDecimal("5000.00"), "stageId", s1)));
        long customer = converted.get("customerId").asLong();
        long deal = converted.get("opportunityId").asLong();
        stack.api.moveToStage(deal, s2);
        stack.api.moveToStage(deal, s3);
        stack.api.moveToStage(deal, s2);
        stack.api.moveToStage(deal, s3);
        stack.api.markWon(deal);

        Map<String, Fact> expected = new LinkedHashMap<>();
        long owner = pg.queryLong("select owner_id from lead where id = ?", leadId);
        long dept = pg.queryLong("select owner_dept_id from lead where id = ?", leadId);
        long dealDept = pg.queryLong("select owner_dept_id from opportunity where id = ?", deal);
        expected.put("LEAD < ", new Fact(-1, owner, dept, "EXHIBITION", customer));
        expected.put("QUALIFIED < LEAD", new Fact(leadMs(leadId, "qualified_at", "created_at"), owner, dept, "EXHIBITION", customer));
        expected.put("CUSTOMER < QUALIFIED", new Fact(leadMs(leadId, "converted_at", "qualified_at"), owner, dept, "EXHIBITION",
                customer));
        expected.put("OPPORTUNITY < ", new Fact(-1, owner, dealDept, "", customer));
        expected.put("STAGE " + s1 + " < OPPORTUNITY", new Fact(0, owner, dealDept, "", customer));
        List<Long> moved = movedAtMs(deal);
        long created = pg.queryLong("select " + MS.formatted("created_at") + " from opportunity where id = ?", deal);
        expected.put("STAGE " + s2 + " < STAGE " + s1, new Fact(moved.get(0) - created, owner, dealDept, "", customer));
        expected.put("STAGE " + s3 + " < STAGE " + s2, new Fact(moved.get(1) - moved.get(0), owner, dealDept, "", customer));
        expected.put("STAGE " + s2 + " < STAGE " + s3 + " backward",
                new Fact(moved.get(2) - moved.get(1), owner, dealDept, "", customer));
        expected.put("STAGE " + s3 + " < STAGE " + s2 + " again", new Fact(moved.get(3) - moved.get(2), owner, dealDept, "", customer));
        long closed = pg.queryLong("select " + MS.formatted("closed_at") + " from opportunity where id = ?", deal);
        expected.put("WON < STAGE " + s3, new Fact(closed - moved.get(3), owner, dealDept, "", customer));

        // no CUSTOMER entry of its own for the converted customer: the lead's conversion is that entry
        Map<String, Fact> facts = await().atMost(REPLICATED).pollInterval(Duration.ofMillis(500))
                .until(() -> facts(leadId, deal, customer), f -> f.keySet().equals(expected.keySet()));
        assertThat(facts).isEqualTo(expected);

        ReconcileEndToEndIT.Run agreeing = await().atMost(REPLICATED).pollInterval(Duration.ofSeconds(1))
                .until(() -> ReconcileEndToEndIT.reconcile("0"), r -> r.exitCode() == 0);
        assertThat(agreeing.out()).contains("funnel_entries 0", "funnel_invalid_leads 0").doesNotContain("DIFFERENCE");
    }

    private long leadMs(long leadId, String to, String from) {
        return pg.queryLong("select " + MS.formatted(to) + " - " + MS.formatted(from) + " from lead where id = ?", leadId);
    }

    private List<Long> movedAtMs(long deal) {
        return List.of(0, 1, 2, 3).stream().map(i -> pg.queryLong("select " + MS.formatted("moved_at")
                + " from opportunity_stage_move where opportunity_id = ? order by moved_at, id offset ? limit 1", deal, i))
                .toList();
    }

    /** Each fact as "to < from", the second entry into a stage from the same stage marked "again". */
    private Map<String, Fact> facts(long lead, long deal, long customer) throws Exception {
        Map<String, Fact> facts = new LinkedHashMap<>();
        try (Connection c = stack.clickhouse.getConnection(); PreparedStatement q = c.prepareStatement(FACTS + " ORDER BY at, fact_id")) {
            q.setLong(1, lead);
            q.setLong(2, deal);
            q.setLong(3, customer);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String key = step(rs.getString(1), rs.getLong(2)) + " < " + step(rs.getString(3), rs.getLong(4))
                            + (rs.getInt(5) == 1 ? " backward" : "");
                    long ms = rs.getObject(6) == null ? -1 : rs.getLong(6);
                    facts.put(facts.containsKey(key) ? key + " again" : key,
                            new Fact(ms, rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getLong(10)));
                }
            }
        }
        return facts;
    }

    private static String step(String step, long stage) {
        return stage == 0 ? step : step + " " + stage;
    }

    private JsonNode call(String path, Object body) {
        HttpResponse<String> response = stack.api.post(path, JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
