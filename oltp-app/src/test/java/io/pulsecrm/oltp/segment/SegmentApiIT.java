package io.pulsecrm.oltp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Segments through the REST API: two marketers (scope ALL, segment:*) save, list, change and delete them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentApiIT extends ApiIntegrationTest {

    static final String HIGH_VALUE = """
            {"op": "AND", "rules": [
              {"feature": "level", "operator": "EQ", "values": ["KEY"]},
              {"feature": "received_total", "operator": "GTE", "values": [100000]}]}""";
    private static final String DORMANT = """
            {"feature": "follow_ups_90d", "operator": "EQ", "values": ["0"]}""";

    private long marketer;
    private long otherMarketer;

    @BeforeAll
    void organization() {
        long marketing = users.department(null);
        marketer = users.user(marketing, null, "MARKETER");
        otherMarketer = users.user(marketing, null, "MARKETER");
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private MvcTestResult create(String name, String rule) {
        return post("/api/v1/segments", """
                {"name": "%s", "description": "重点客户且累计回款十万以上", "rule": %s}""".formatted(name, rule));
    }

    private String row(long id) {
        return jdbc.sql("select s::text from segment s where id = ?").param(id).query(String.class).optional().orElse("gone")
                + jdbc.sql("select count(*) from operation_log where entity_type = 'SEGMENT' and entity_id = ?")
                .param(id).query(Long.class).single();
    }

    @Test
    void aSavedSegmentKeepsItsRuleInCanonicalFormOwnedByItsCreator() {
        token = users.tokenOf(marketer);
        String name = unique("高价值客户");

        MvcTestResult created = create(name, HIGH_VALUE);

        assertThat(created).hasStatus(HttpStatus.CREATED);
        long id = idOf(created);
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/segments/" + id);
        assertThat(get("/api/v1/segments/" + id)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"name": "%s", "description": "重点客户且累计回款十万以上", "ownerId": %d, "version": 0,
                 "rule": {"op": "AND", "rules": [
                   {"feature": "level", "operator": "EQ", "values": ["KEY"]},
                   {"feature": "received_total", "operator": "GTE", "values": ["100000.00"]}]}}""".formatted(name, marketer));
        assertThat(jdbc.sql("select rule->'rules'->1->'values'->>0 from segment where id = ?").param(id)
                .query(String.class).single()).isEqualTo("100000.00");
        assertThat(get("/api/v1/segments?q=" + name.substring(name.length() - 8) + "&size=100")).bodyJson()
                .extractingPath("$.items[*].id").asArray().containsExactly((int) id);
        assertThat(get("/api/v1/segments/%d/logs".formatted(id))).bodyJson().extractingPath("$[*].action").asArray()
                .containsExactly("CREATE");
    }

    @Test
    void anUpdateNeedsTheVersionItReadAndAStaleOneChangesNothing() {
        token = users.tokenOf(marketer);
        long id = idOf(create(unique("沉睡客户"), DORMANT));

        assertThat(put("/api/v1/segments/" + id, """
                {"name": "沉睡客户 90 天", "rule": %s, "version": 0}""".formatted(HIGH_VALUE))).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"name\": \"沉睡客户 90 天\", \"description\": null, \"version\": 1}");
        String changed = row(id);

        assertThat(put("/api/v1/segments/" + id, """
                {"name": "另一个名字", "rule": %s, "version": 0}""".formatted(DORMANT)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(row(id)).isEqualTo(changed);
        assertThat(get("/api/v1/segments/%d/logs".formatted(id))).bodyJson().extractingPath("$[0].changes").asMap()
                .containsOnlyKeys("name", "description", "rule");
    }

    @Test
    void aDeletedSegmentIsGoneAndItsDeletionLogged() {
        token = users.tokenOf(marketer);
        long id = idOf(create(unique("展会线索转化"), DORMANT));

        assertThat(delete("/api/v1/segments/" + id)).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(get("/api/v1/segments/" + id)).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.code").isEqualTo("segment-not-found");
        assertThat(delete("/api/v1/segments/" + id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select action from operation_log where entity_type = 'SEGMENT' and entity_id = ? order by id")
                .param(id).query(String.class).list()).containsExactly("CREATE", "DELETE");
    }

    @Test
    void aNameIsUniqueAmongTheOwnersSegmentsWhateverTheCaseButNotAcrossOwners() {
        String name = unique("Key Accounts");
        token = users.tokenOf(marketer);
        assertThat(create(name, DORMANT)).hasStatus(HttpStatus.CREATED);
        long other = idOf(create(unique("Other"), DORMANT));
        long before = count("segment");

        assertThat(create(name.toUpperCase(), HIGH_VALUE)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.code").isEqualTo("segment-name-taken");
        assertThat(put("/api/v1/segments/" + other, """
                {"name": " %s ", "rule": %s, "version": 0}""".formatted(name, DORMANT))).hasStatus(HttpStatus.CONFLICT);
        assertThat(count("segment")).isEqualTo(before);

        token = users.tokenOf(otherMarketer);
        assertThat(create(name, HIGH_VALUE)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void theFeatureCatalogueListsEveryFeatureWithItsOperatorsValuesAndLabels() {
        token = users.tokenOf(marketer);

        var catalogue = get("/api/v1/segments/features");

        assertThat(catalogue).hasStatusOk().bodyJson().extractingPath("$.features[*].name").asArray().containsExactly(
                "recency_days", "contract_count", "received_total", "industry", "region", "level", "source",
                "lifecycle_stage", "follow_ups_30d", "follow_ups_90d", "campaigns", "campaign_count");
        assertThat(catalogue).bodyJson().extractingPath("$.features[?(@.name == 'level')]").asArray()
                .containsExactly(Map.of("name", "level", "type", "ENUM",
                        "label", Map.of("zh-CN", "客户级别", "en", "Customer level"),
                        "operators", List.of("EQ", "NE", "IN", "NOT_IN"),
                        "values", List.of(
                                Map.of("code", "KEY", "label", Map.of("zh-CN", "重点客户", "en", "Key")),
                                Map.of("code", "NORMAL", "label", Map.of("zh-CN", "普通客户", "en", "Normal")),
                                Map.of("code", "SMALL", "label", Map.of("zh-CN", "小客户", "en", "Small")))));
        assertThat(catalogue).bodyJson().extractingPath("$.operators[?(@.code == 'BETWEEN')].maxValues").asArray()
                .containsExactly(2);
        assertThat(catalogue).bodyJson().extractingPath("$.limits.maxConditions").isEqualTo(50);
    }

    @Test
    void theOpenApiDocumentDescribesTheSegmentEndpoints() {
        var docs = get("/v3/api-docs");

        assertThat(docs).bodyJson().extractingPath("$.paths").asMap().containsKeys("/api/v1/segments",
                "/api/v1/segments/{id}", "/api/v1/segments/{id}/logs", "/api/v1/segments/features");
        assertThat(docs).bodyJson().extractingPath("$.components.schemas.NewSegment.properties").asMap()
                .containsOnlyKeys("name", "description", "rule");
    }
}
