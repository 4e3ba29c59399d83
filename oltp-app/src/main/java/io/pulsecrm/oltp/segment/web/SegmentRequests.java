package io.pulsecrm.oltp.segment.web;

import io.pulsecrm.oltp.segment.SegmentSpec;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import tools.jackson.databind.JsonNode;

/**
 * Request bodies of the segment endpoints. Name, description and rule are checked together by
 * {@link SegmentSpec#of}, so one answer names every problem, the rule's by path.
 */
final class SegmentRequests {

    static final String RULE = "The rule tree: a group {op: AND|OR, rules: [1..20]} or a condition"
            + " {feature, operator, values}; see GET /api/v1/segments/features for features, operators and values."
            + " Depth ≤ 5, ≤ 50 conditions, ≤ 100 values per condition, text values ≤ 64 characters.";
    private static final String EXAMPLE = """
            {"op": "AND", "rules": [
              {"feature": "level", "operator": "EQ", "values": ["KEY"]},
              {"feature": "received_total", "operator": "GTE", "values": ["100000.00"]}]}""";

    private SegmentRequests() {
    }

    @Schema(name = "NewSegment")
    record CreateBody(
            @Schema(description = "1 to 100 characters, unique among the owner's segments whatever the case",
                    example = "高价值客户") String name,
            @Schema(description = "at most 500 characters") String description,
            @Schema(description = RULE, example = EXAMPLE) JsonNode rule) {

        SegmentSpec spec() {
            return SegmentSpec.of(name, description, rule);
        }
    }

    @Schema(name = "SegmentUpdate", description = "Replaces the segment's name, description and rule")
    record UpdateBody(
            @Schema(description = "1 to 100 characters, unique among the owner's segments whatever the case") String name,
            @Schema(description = "at most 500 characters") String description,
            @Schema(description = RULE, example = EXAMPLE) JsonNode rule,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {

        SegmentSpec spec() {
            return SegmentSpec.of(name, description, rule);
        }
    }
}
