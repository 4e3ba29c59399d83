package io.pulsecrm.oltp.segment;

import static io.pulsecrm.oltp.segment.SegmentApiIT.HIGH_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every bad segment answers 400 with a problem naming the field — a rule's problems by their path from
 * {@code rule} — and nothing is written: no segment, no change, no log line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentBadInputIT extends ApiIntegrationTest {

    private long segment;

    @BeforeAll
    void fixture() {
        MvcTestResult created = post("/api/v1/segments", "{\"name\": \"%s\", \"rule\": %s}"
                .formatted(SegmentApiIT.unique("固定样本"), HIGH_VALUE));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        segment = idOf(created);
    }

    private static String body(String rule) {
        return "{\"name\": \"坏规则\", \"rule\": " + rule + "}";
    }

    private static String cond(String feature, String operator, String values) {
        return "{\"feature\": \"%s\", \"operator\": \"%s\", \"values\": [%s]}".formatted(feature, operator, values);
    }

    static Stream<Arguments> badSegments() {
        String nested = "{\"op\": \"AND\", \"rules\": [" + cond("industry", "IN", "\"IT\"") + ", {\"op\": \"OR\", \"rules\": ["
                + cond("received_total", "GTE", "\"lots\"") + "]}]}";
        String deep = cond("level", "EQ", "\"KEY\"");
        for (int i = 0; i < 6; i++) {
            deep = "{\"op\": \"AND\", \"rules\": [" + deep + "]}";
        }
        String fiftyOne = "{\"op\": \"OR\", \"rules\": [" + String.join(", ", Collections.nCopies(17,
                "{\"op\": \"OR\", \"rules\": [" + String.join(", ", Collections.nCopies(3, cond("level", "EQ", "\"KEY\"")))
                        + "]}")) + "]}";
        return Stream.of(
                bad(body(nested), "rule.rules[1].rules[0].values[0]", "must be an amount"),
                bad("{\"name\": \"坏规则\"}", "rule", "is required"),
                bad(body("null"), "rule", "is required"),
                bad(body("\"level = KEY\""), "rule", "must be a group"),
                bad(body("{\"op\": \"XOR\", \"rules\": [" + cond("level", "EQ", "\"KEY\"") + "]}"), "rule.op", "must be AND or OR"),
                bad(body("{\"op\": \"AND\", \"rules\": []}"), "rule.rules", "must be an array of 1 to 20 rules"),
                bad(body(cond("tickets", "GT", "1")), "rule.feature", "is not a feature"),
                bad(body(cond("industry", "GT", "\"IT\"")), "rule.operator", "does not apply to TEXT feature industry"),
                bad(body(cond("industry", "LIKE", "\"IT\"")), "rule.operator", "is not an operator"),
                bad(body(cond("contract_count", "BETWEEN", "1")), "rule.values", "BETWEEN takes exactly 2 values"),
                bad(body(cond("contract_count", "BETWEEN", "5, 1")), "rule.values[1]", "must not be less than values[0]"),
                bad(body(cond("contract_count", "EQ", "1.5")), "rule.values[0]", "must be a whole number"),
                bad(body(cond("level", "IN", "\"KEY\", \"HUGE\"")), "rule.values[1]", "must be one of KEY, NORMAL, SMALL"),
                bad(body(cond("region", "EQ", "\"" + "区".repeat(65) + "\"")), "rule.values[0]", "must be text of 1 to 64"),
                bad(body(cond("campaigns", "CONTAINS_ANY", "0")), "rule.values[0]", "must be a campaign id"),
                bad(body(cond("level", "EQ", "\"KEY\"").replace("}", ", \"colour\": 1}")), "rule.colour", "is not a property"),
                bad(body(deep), "rule.rules[0].rules[0].rules[0].rules[0].rules[0]", "is nested too deep"),
                bad(body(fiftyOne), "rule", "has more than 50 conditions"),
                bad("{\"name\": \" \", \"rule\": " + HIGH_VALUE + "}", "name", "must be 1 to 100 characters"),
                bad("{\"name\": \"" + "名".repeat(101) + "\", \"rule\": " + HIGH_VALUE + "}", "name", "must be 1 to 100"),
                bad("{\"rule\": " + HIGH_VALUE + "}", "name", "must be 1 to 100"),
                bad("{\"name\": \"x\", \"description\": \"" + "d".repeat(501) + "\", \"rule\": " + HIGH_VALUE + "}",
                        "description", "must be at most 500 characters"),
                bad("{\"name\": \"x\", \"ownerId\": 1, \"rule\": " + HIGH_VALUE + "}", "ownerId", ""));
    }

    private static Arguments bad(String json, String field, String message) {
        return Arguments.of(json, field, message);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSegments")
    void aBadSegmentIsRefusedNamingTheFieldAndNothingIsWritten(String json, String field, String message) {
        String before = state();

        MvcTestResult created = post("/api/v1/segments", json);
        MvcTestResult updated = put("/api/v1/segments/" + segment, json.replaceFirst("\\{", "{\"version\": 0, "));

        for (MvcTestResult answer : List.of(created, updated)) {
            assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                    .extractingPath("$.errors[?(@.field == '%s')].message".formatted(field)).asArray()
                    .hasSize(1).allSatisfy(text -> assertThat((String) text).startsWith(message));
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void everyProblemOfNameAndRuleIsNamedInOneAnswer() {
        String json = "{\"name\": \"\", \"rule\": {\"op\": \"AND\", \"rules\": [" + cond("level", "EQ", "\"HUGE\"") + ", "
                + cond("recency_days", "LT", "\"soon\"") + "]}}";

        assertThat(post("/api/v1/segments", json)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[*].field").asArray()
                .containsExactly("name", "rule.rules[0].values[0]", "rule.rules[1].values[0]");
    }

    @Test
    void anUpdateWithoutItsVersionIsRefused() {
        assertThat(put("/api/v1/segments/" + segment, body(HIGH_VALUE))).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("version");
    }

    private String state() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(version), 0) || ':' || max(updated_at)::text from segment")
                .query(String.class).single()
                + jdbc.sql("select count(*) from operation_log where entity_type = 'SEGMENT'").query(Long.class).single();
    }
}
